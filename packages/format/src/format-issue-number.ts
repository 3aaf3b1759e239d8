import { fail } from "./internal/fail";

/**
 * An issue's number: `第9期`, with its year (`2025年第9期`) and running total (`总第123期`).
 *
 * @example
 * ```ts
 * const issue: IssueNumber = { number: 1, year: 2025, supplement: true };
 * formatIssueNumber(issue); //=> "2025年增刊第1期"
 * ```
 */
export interface IssueNumber {
  /** The number within the year, from 1. */
  number: number;
  /** The year the numbering restarts in. */
  year?: number;
  /** The number counted since the first issue. */
  totalNumber?: number;
  /** A supplement, numbered apart: `增刊第1期`. */
  supplement?: boolean;
}

const FN = "formatIssueNumber";
const check = (v: unknown, max = 2 ** 53 - 1): void => {
  if (v !== undefined && !(Number.isSafeInteger(v) && (v as number) > 0 && (v as number) <= max)) {
    fail(FN, "out-of-range", [`a positive integer up to ${max}`, `不超过 ${max} 的正整数`], v);
  }
};

/**
 * Writes an issue number as a bulletin's masthead does: `第9期`, `2025年第9期`,
 * `第9期（总第123期）`, `增刊第1期`.
 *
 * @param issue - {@link IssueNumber}
 * @returns the written number
 * @throws {FormatError} `out-of-range` for numbers that are not positive integers, years outside 1–9999
 *
 * @example
 * ```ts
 * formatIssueNumber({ number: 9, year: 2025, totalNumber: 123 });
 * //=> "2025年第9期（总第123期）"
 * ```
 */
export function formatIssueNumber(issue: IssueNumber): string {
  const { number, year, totalNumber } = issue ?? {};
  check(number ?? 0);
  check(year, 9999);
  check(totalNumber);
  return `${year ? `${year}年` : ""}${issue.supplement ? "增刊" : ""}第${number}期${totalNumber ? `（总第${totalNumber}期）` : ""}`;
}
