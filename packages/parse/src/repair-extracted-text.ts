import { tableText } from "./internal/read-table";
import { repairLines } from "./internal/repair-lines";

/**
 * Repairs the artifacts that PDF extraction, OCR and copy-paste leave in a bulletin's text, and
 * nothing else: stray spaces next to Chinese text (`首席事务 代表会`, `5.88 万件`, `一 、`) but not
 * between Latin words or a number and a Latin unit (`30 km`); `- ` bullets; ASCII punctuation in
 * Chinese text written full-width as GB/T 15834-2011 does (`,` `;` `:` `(` `)`, straight quotes
 * as `“”` and `‘’`); full-width digits and letters as ASCII; page numbers (`— 1 —`) and running
 * headers dropped; paragraphs split across line and page breaks joined. Only text next to
 * Chinese text is touched: Latin text (`March 3, 2025 —`, `Price: 3, 4 and 5.`) stays as it
 * is, and digits a comma and a space keep apart (`3, 4`) are not joined. A blank line ends a
 * paragraph, except inside a word split between Chinese characters (a page break). Tables are
 * written as `| a | b |` rows under their caption, a `| --- |` rule under the head. One
 * paragraph a line, `\n` line ends, no blank lines except one where it ends a paragraph that
 * would otherwise be joined. Idempotent: repairing repaired text changes nothing.
 *
 * @param text - the extracted text
 * @returns the repaired text
 *
 * @example
 * ```ts
 * repairExtractedText("- (二)9月18日,省中心召开 2025 年第 4 次窗口首席事务 代表会。");
 * //=> "（二）9月18日，省中心召开2025年第4次窗口首席事务代表会。"
 * ```
 */
export function repairExtractedText(text: string): string {
  let out = repairOnce(typeof text === "string" ? text : "");
  // One pass decides some things from the lines as they came (tables are found before lines
  // are joined; a short line after a long one reads as a heading), so its output can still
  // change: two pipe lines a join made meet, or a blank line kept before a line that the
  // joined text no longer joins. Repair again until the text holds still.
  for (let pass = 0; pass < 3; pass++) {
    const again = repairOnce(out);
    if (again === out) break;
    out = again;
  }
  return out;
}

/** One pass of the repair. */
function repairOnce(text: string): string {
  let out = "";
  let table = false;
  for (const line of repairLines(text).lines) {
    // A blank line between two tables keeps them two.
    if (out !== "") out += line.keptApart || (table && line.table) ? "\n\n" : "\n";
    out += line.table ? tableText(line.table) : line.text;
    table = line.table !== undefined;
  }
  return out;
}
