import { tableText } from "./internal/read-table";
import { repairLines } from "./internal/repair-lines";

/**
 * Repairs the artifacts that PDF extraction, OCR and copy-paste leave in a bulletin's text, and
 * nothing else: stray spaces next to Chinese text (`首席事务 代表会`, `5.88 万件`, `一 、`) but not
 * between Latin words or a number and a Latin unit (`30 km`); `- ` bullets; ASCII punctuation in
 * Chinese text written full-width as GB/T 15834-2011 does (`,` `;` `:` `(` `)`, straight quotes
 * as `“”` and `‘’`); full-width digits and letters as ASCII; page numbers (`— 1 —`) and running
 * headers dropped; paragraphs split across line and page breaks joined; tables written as
 * `| a | b |` rows under their caption, a `| --- |` rule under the head. One paragraph a line,
 * no blank lines, `\n` line ends. Idempotent: repairing repaired text changes nothing.
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
  return repairLines(typeof text === "string" ? text : "")
    .lines.map((line) => (line.table ? tableText(line.table) : line.text))
    .join("\n");
}
