import type { DateSpan } from "@bulletin/schema";
import { inYearRange, readFullDate } from "./read-date";

/**
 * A whole date at the head of the lede or after a lead-in's colon or comma (`2021年3月8日，`,
 * `…数据显示：2020年11月5日，`, `2024年6月3日根据…`); group 1–3 the date, the rest of the sentence after.
 */
const DATE_HEAD = /(?:^|[：:，,])\s*(\d{4})年(\d{1,2})月(\d{1,2})日[，,]?([^。]*)/;
/** A price stated (`5.12元/公斤`, `为2.86元`) or a price monitoring named (`监测…价格`). */
const PRICES = /价格[^。]*?\d(?:\.\d+)?元|\d(?:\.\d+)?元[^。]*?价格|[监監][测測][^。]*?价格/;

/**
 * `2021年3月8日，本市场32种蔬菜的平均批发价格5.12元/公斤…`, `据某省价格监测中心监测数据显示：2020年11月5日，
 * 8种基本蔬菜平均零售价格为2.86元/斤…`, `2024年6月3日根据县发改局监测…的价格情况，…`: a daily price report,
 * whose first paragraph (the first of `opening`'s lines with a clause's mark) opens with a whole date
 * ({@link DATE_HEAD}) and whose sentence then states prices ({@link PRICES}): that day. A date
 * before an event (`…召开价格工作会议`) or before no prices states none.
 */
export function priceReportDay(opening: readonly string[]): DateSpan | undefined {
  const first = opening.find((t) => /[，。；,;]/.test(t));
  if (first === undefined || !first.includes("价")) return undefined;
  const m = DATE_HEAD.exec(first.slice(0, 120));
  if (m === null || m.index > 80 || !PRICES.test(`${m[4]}。`)) return undefined;
  const date = readFullDate(`${m[1]}年${m[2]}月${m[3]}日`);
  return date === undefined || !inYearRange(date) ? undefined : { kind: "day", date };
}
