/**
 * What a {@link ParseWarning} is about, as a stable string you can switch on.
 *
 * - `missing-title`, `missing-publisher`, `missing-issue-number`, `missing-publication-date`:
 *   the masthead does not give it, so the result is incomplete (`complete: false`, the fact in
 *   `missing`); pass it in `options.publication` / `options.issue`.
 * - `missing-reference-year`: dates without a year and no year anywhere; pass `options.referenceYear`.
 * - `missing-section`: text outside any `一、` section was put into a section of its own.
 * - `empty-section`: a section heading without content.
 * - `marker-out-of-order`: `（三）` after `（一）`, or `三、` after `一、`.
 * - `invalid-date`: a date that does not exist (`2月30日`); kept as text.
 * - `unclosed-quote`, `unclosed-title`: a `“` or `《` without its closing mark; kept as text.
 * - `period-guessed`: the period reported on was inferred from the item dates or the frequency.
 * - `department-guessed`: a name shaped like a department (`达州市林业局`) that no dictionary holds.
 * - `metric-without-label`: a figure whose clause names nothing.
 * - `table-row-padded`: a table row with fewer cells than the widest row, filled with blank
 *   cells at its end (extraction drops blank cells).
 * - `table-cells-left-over`: lines after a one-cell-a-line table that do not fill a row; kept as text.
 * - `unrecognised-masthead-line`, `ignored-tail-field`: masthead or 报尾 text with no place in the model.
 * - `web-line-dropped`: a line of a web page that is not the bulletin (当前位置, 来源/发布时间,
 *   打印本页, 公网安备, an image placeholder, a file-information grid); the publisher and date it
 *   gives are used.
 * - `duplicate-line-dropped`: a line printed twice at the title (around it, or the title over a
 *   copy of itself); one copy was left out.
 * - `running-header-dropped`: a short line without a sentence mark that repeats the bulletin's
 *   name or recurs through the body (a running header on every page, a page's `扫码关注`
 *   captions); left out.
 * - `signature-read`: the 落款 closing the text (issuer over date, or a date alone under the
 *   附件说明) was taken out of the body; its issuer and date are the publisher and date when the
 *   masthead and page give none.
 * - `unit-normalised`: a figure's scale or unit printed in traditional characters or as a symbol
 *   (`1.2億千瓦時`, `30㎡`) is written in the model's form (`亿千瓦时`, `平方米`).
 * - `internal-error`: a bug; the bulletin holds what was read before it.
 *
 * @example
 * ```ts
 * const code: ParseWarningCode = parseBulletinText("").warnings[0]!.code;
 * //=> "missing-title"
 * ```
 */
export type ParseWarningCode =
  | "missing-title"
  | "missing-publisher"
  | "missing-issue-number"
  | "missing-publication-date"
  | "missing-reference-year"
  | "missing-section"
  | "empty-section"
  | "marker-out-of-order"
  | "invalid-date"
  | "unclosed-quote"
  | "unclosed-title"
  | "period-guessed"
  | "department-guessed"
  | "metric-without-label"
  | "table-row-padded"
  | "table-cells-left-over"
  | "unrecognised-masthead-line"
  | "ignored-tail-field"
  | "web-line-dropped"
  | "duplicate-line-dropped"
  | "running-header-dropped"
  | "signature-read"
  | "delivery-line-read"
  | "unit-normalised"
  | "internal-error";

/**
 * How much a warning matters: `warning` (something was missing or wrong) or `info` (a guess).
 *
 * @example
 * ```ts
 * const severity: ParseWarningSeverity = "info";
 * ```
 */
export type ParseWarningSeverity = "warning" | "info";

/**
 * Where in the input a warning points: 1-based line and column (UTF-16 units).
 *
 * @example
 * ```ts
 * const at: TextPosition = { line: 30, column: 29 };
 * ```
 */
export interface TextPosition {
  line: number;
  column: number;
}

/**
 * A problem the parser found in the text, as data (never thrown): a stable `code`, where it is,
 * how much it matters and a message in the requested locale.
 *
 * @example
 * ```ts
 * const { warnings } = parseBulletinText("一、情况\n正文。", { locale: "en" });
 * warnings[0];
 * //=> { code: "missing-title", severity: "warning", position: { line: 1, column: 1 },
 * //     message: "The text has no masthead title; the result is incomplete; pass options.publication.title" }
 * ```
 */
export interface ParseWarning {
  code: ParseWarningCode;
  severity: ParseWarningSeverity;
  position: TextPosition;
  message: string;
}
