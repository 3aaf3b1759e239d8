import type { DateSpan } from "@bulletin/schema";
import { inYearRange } from "./read-date";

/**
 * A census's or a sample survey's standard moment, the day (perhaps with `零时`) it counts at:
 * `以2015年11月1日零时为标准时点`, `我國以2013年12月31日為標準時點開展了…普查`,
 * `调查的标准时间为2023年11月1日零时` (either script).
 */
const STANDARD_MOMENT =
  /以(\d{4})年\d{1,2}月\d{1,2}日(?:[零0][时時])?[为為][标標][准準][时時](?:点|點|[间間])|[标標][准準][时時](?:点|點|[间間])[为為是](\d{4})年\d{1,2}月\d{1,2}日/;
/**
 * A census bulletin's announcement of the moment it counts at: `现将2020年11月1日零时我区人口普查的
 * 基本情况公布如下`. Not a span that starts at midnight (`2013年3月1日零时至3月31日24时`, `零时起`).
 */
const PUBLISHED_MOMENT = /[现現][将將](\d{4})年\d{1,2}月\d{1,2}日[零0][时時](?![至起到—\-－~])/;

/**
 * The year of the standard moment a census's (or a sample survey's) opening counts at
 * ({@link STANDARD_MOMENT}, {@link PUBLISHED_MOMENT}) (since 2026-12-08): the year its figures
 * stand for. Near misses: a span from midnight (`现将2013年3月1日零时至3月31日24时…`), a start
 * (`于2020年7月20日零时起`), a moment without its year (`标准时间为年11月1日零时`).
 */
export function censusMomentYear(opening: readonly string[]): DateSpan | undefined {
  for (const text of opening) {
    const m = STANDARD_MOMENT.exec(text) ?? PUBLISHED_MOMENT.exec(text);
    const year = m === null ? undefined : (m[1] ?? m[2]);
    if (year !== undefined && inYearRange(`${year}-01-01`)) {
      return { kind: "year", year: Number(year) };
    }
  }
  return undefined;
}
