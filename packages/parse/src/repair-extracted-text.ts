import { isLocale, type Locale, localeOf } from "@bulletin/format";
import { ParseOptionsError } from "./errors";
import { quote } from "./internal/read-options";
import { tableText } from "./internal/read-table";
import { repairLines } from "./internal/repair-lines";

/**
 * Options of {@link repairExtractedText}.
 *
 * @example
 * ```ts
 * const options: RepairOptions = { keepLines: true };
 * ```
 */
export interface RepairOptions {
  /**
   * Each line of the text is one paragraph already, as a layout engine gives them (a PDF's or a
   * Word document's reader, which knows where a paragraph ends from the page): lines are repaired
   * and never joined. Without it (`false`), a line that stops mid-sentence goes on into the next,
   * as the text of a PDF extraction wrapped at the page's width does.
   */
  keepLines?: boolean;
  /** The language of an error's message: `zh-CN` (the default) or `en`. */
  locale?: Locale;
}

/** Checks the options of {@link repairExtractedText}: `keepLines`, or a ParseOptionsError. */
function readRepairOptions(options: unknown): boolean {
  const given = options === undefined ? {} : options;
  const refuse = (path: string[], zh: string, en: string, locale: Locale): never => {
    throw new ParseOptionsError(path, locale === "en" ? en : zh, {
      locale,
      fn: "repairExtractedText",
    });
  };
  if (given === null || typeof given !== "object" || Array.isArray(given))
    return refuse([], "应为对象", "must be an object", "zh-CN");
  const { keepLines, locale = "zh-CN" } = given as Record<string, unknown>;
  if (!isLocale(locale))
    return refuse(["locale"], '应为 "zh-CN" 或 "en"', 'must be "zh-CN" or "en"', "zh-CN");
  const lang = localeOf(locale);
  if (keepLines !== undefined && typeof keepLines !== "boolean")
    refuse(
      ["keepLines"],
      `应为 true 或 false，实际为 ${quote(keepLines)}`,
      `must be true or false, got ${quote(keepLines)}`,
      lang,
    );
  return keepLines === true;
}

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
 * @param options - {@link RepairOptions}: `keepLines` for text whose lines are its paragraphs
 * @returns the repaired text
 * @throws {@link ParseOptionsError} `invalid-option` when an option has a value outside its type
 *
 * @example
 * ```ts
 * repairExtractedText("- (二)9月18日,省中心召开 2025 年第 4 次窗口首席事务 代表会。");
 * //=> "（二）9月18日，省中心召开2025年第4次窗口首席事务代表会。"
 * repairExtractedText("关于我们 | 网站地图\n1-7月份事故总量平稳下降\n统计数据显示，…", { keepLines: true });
 * //=> "关于我们 | 网站地图\n1-7月份事故总量平稳下降\n统计数据显示，…"
 * ```
 */
export function repairExtractedText(text: string, options: RepairOptions = {}): string {
  const keepLines = readRepairOptions(options);
  let out = repairOnce(typeof text === "string" ? text : "", keepLines);
  // One pass decides some things from the lines as they came (tables are found before lines
  // are joined; a short line after a long one reads as a heading), so its output can still
  // change: two pipe lines a join made meet, or a blank line kept before a line that the
  // joined text no longer joins. Repair again until the text holds still.
  for (let pass = 0; pass < 3; pass++) {
    const again = repairOnce(out, keepLines);
    if (again === out) break;
    out = again;
  }
  return out;
}

/** One pass of the repair. */
function repairOnce(text: string, keepLines: boolean): string {
  let out = "";
  let table = false;
  for (const line of repairLines(text, undefined, undefined, keepLines).lines) {
    // A blank line between two tables keeps them two.
    if (out !== "") out += line.keptApart || (table && line.table) ? "\n\n" : "\n";
    out += line.table ? tableText(line.table) : line.text;
    table = line.table !== undefined;
  }
  return out;
}
