import type { DateSpan } from "@bulletin/schema";
import { inYearRange } from "./read-date";

/** `（2021年3月）`, `(2021年3月)`: a line that is a bracketed month alone. */
const BRACKETED_MONTH_LINE = /^[（(]\s*(\d{4})年(\d{1,2})月\s*[)）]$/;
/** `2020年，…`: a paragraph opening with a bare year and a comma. */
const BARE_YEAR_OPENING = /^(\d{4})年[，,]/;

/**
 * `某市统计局` / `（2021年3月）` / `2020年，全市上下…`: a yearly statistics bulletin printing the month it
 * was released as a bracketed line of its own among its first lines (`firstLines`), whose first
 * paragraph (the first of `opening`'s lines with a clause's mark) opens with a bare year before that
 * month's year: the period is that year, not the month read from the line. A monthly report's
 * bracketed month over `2021年3月，…` (or over no year) keeps its month; any other period is kept.
 */
export function yearBeforeReleaseMonth(
  period: DateSpan,
  firstLines: readonly string[],
  opening: readonly string[],
): DateSpan {
  if (period.kind !== "month") return period;
  const printed = firstLines.some((l) => {
    const m = BRACKETED_MONTH_LINE.exec(l.trim());
    return m !== null && `${m[1]}-${m[2]?.padStart(2, "0")}` === period.month;
  });
  if (!printed) return period;
  const first = opening.find((t) => /[，。；,;]/.test(t));
  const m = first === undefined ? null : BARE_YEAR_OPENING.exec(first.trimStart());
  const year = m === null ? undefined : Number(m[1]);
  return year !== undefined &&
    year < Number(period.month.slice(0, 4)) &&
    inYearRange(`${year}-01-01`)
    ? { kind: "year", year }
    : period;
}
