import { readFullDate } from "./read-date";

/**
 * Look-alikes of 〇 a year in words is typed with (`二○一九年`, `二OO八年`, `二ＯＯ八年`): a date at a
 * line's end may hold them (the date's reader takes them as 〇).
 */
export const ZERO_LOOKALIKES = "○OＯ";

/**
 * An issuer's name and its date in round brackets closing the line under a report's name:
 * `某区统计局（2008年3月4日）`, `某县农业局 (二〇〇九年二月二十六日)`. The name (two to forty characters,
 * no bracket) and the date (a whole one, nothing else in the brackets), or undefined. Near-misses: a
 * month without its day (`（2008年3月）`), brackets holding more than a date (`（2008年3月4日印发）`), a
 * date alone in brackets (no name before it: another reading's).
 */
export function issuerBracketedDate(line: string): { name: string; date: string } | undefined {
  const m = /^([^（）()]{2,40}?)\s*[（(]\s*([^（）()]{8,16}?)\s*[）)]$/.exec(line);
  if (m === null) return undefined;
  const date = readFullDate(m[2] as string);
  return date === undefined ? undefined : { name: m[1] as string, date };
}
