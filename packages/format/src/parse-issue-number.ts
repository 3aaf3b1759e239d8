import type { IssueNumber } from "./format-issue-number";
import { fail } from "./internal/fail";
import { normalize } from "./internal/normalize";
import { safe } from "./internal/safe";
import { parseChineseNumber } from "./parse-chinese-number";
import type { SafeParseResult } from "./safe-parse-result";

/**
 * What {@link parseIssueNumber} reads: an {@link IssueNumber}, whose `number` is absent for `总第123期` alone.
 *
 * @example
 * ```ts
 * const issue: ParsedIssueNumber = parseIssueNumber("总第123期");
 * //=> { totalNumber: 123 }
 * ```
 */
export type ParsedIssueNumber = Omit<IssueNumber, "number"> & { number?: number };

/**
 * Reads an issue number: `第9期`, `2025年第9期`, `第9期（总第123期）`, `总第123期`, `增刊第1期`,
 * with Chinese numerals (`第九期`), ASCII brackets and stray spaces.
 *
 * @param text - the issue number
 * @returns {@link ParsedIssueNumber}
 * @throws {FormatError} `invalid-issue-number` for anything else
 *
 * @example
 * ```ts
 * parseIssueNumber("第9期（总第123期）");
 * //=> { number: 9, totalNumber: 123 }
 * ```
 */
export function parseIssueNumber(text: string): ParsedIssueNumber {
  const m = /^(?:(.+?)年)?(增刊)?(?:第(.+?)期)?(?:\(?总第(.+?)期\)?)?$/.exec(normalize(text));
  const out: ParsedIssueNumber = {};
  const read = (key: "year" | "number" | "totalNumber", s: string | undefined): void => {
    if (s === undefined) return;
    const v = /^[\d〇零一二三四五六七八九十百千万亿两]+$/.test(s) ? parseChineseNumber(s) : 0;
    if (
      !(typeof v === "number" && Number.isSafeInteger(v) && v > 0 && (key !== "year" || v < 1e4))
    ) {
      fail(
        "parseIssueNumber",
        "invalid-issue-number",
        ["第9期, 2025年第9期 or 总第123期", "“第9期”“2025年第9期”或“总第123期”"],
        text,
      );
    }
    out[key] = v as number;
  };
  read("year", m?.[1]);
  read("number", m?.[3] ?? (m?.[4] ? undefined : ""));
  if (m?.[2]) out.supplement = true;
  read("totalNumber", m?.[4]);
  return out;
}

/**
 * {@link parseIssueNumber} without throwing.
 *
 * @example
 * ```ts
 * safeParseIssueNumber("第9期").success;
 * //=> true
 * ```
 */
export const safeParseIssueNumber = (text: string): SafeParseResult<ParsedIssueNumber> =>
  safe(parseIssueNumber, text);
