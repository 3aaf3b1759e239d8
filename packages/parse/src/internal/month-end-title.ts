import type { DateSpan } from "@bulletin/schema";
import { gregorianOfRoc, inYearRange } from "./read-date";

/**
 * `2019年8月底全省存款余额情况`, `112年3月底本國保險業資產概況` (a year of the Republic, 100 to 139):
 * a title naming a state at a month's end, its words right after `月底` or `月末`. Not a cutoff
 * (`截至2019年8月底…`: a mark of 至, 止 or 到 before the year), a deadline (`8月底前`), a count since
 * (`8月末以来`) or a clause (`8月末，…`): none of these has a Han word other than 前 or 以 after it.
 */
const MONTH_END_TITLE =
  /(?<![\d.至止迄到])(\d{4}|1[0-3]\d)\s?年(\d{1,2})月[底末](?![前以])(?=[\u4e00-\u9fff])/;

/**
 * The month a title naming a state at its end ({@link MONTH_END_TITLE}) reports on: a monthly
 * report of balances held at the month's end reports on that month.
 *
 * @example
 * monthEndOfTitles(["2019年8月底全省金融机构存款余额情况"]); //=> { kind: "month", month: "2019-08" }
 */
export function monthEndOfTitles(titles: readonly (string | undefined)[]): DateSpan | undefined {
  for (const title of titles) {
    const m = title === undefined ? null : MONTH_END_TITLE.exec(title);
    if (m === null) continue;
    const printed = Number(m[1]);
    const year = printed < 1000 ? gregorianOfRoc(printed) : printed;
    const month = Number(m[2]);
    if (month >= 1 && month <= 12 && inYearRange(`${year}-01-01`))
      return { kind: "month", month: `${year}-${String(month).padStart(2, "0")}` };
  }
  return undefined;
}
