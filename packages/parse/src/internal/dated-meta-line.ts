import { webLineKind } from "./web-page";

/**
 * A page's labelled line of facts about the article that holds its full date, printed under the
 * headline: `日期：2024-04-09 来源：某某日报`, `发布时间：2023年5月6日 来源：某局`. Like the outlet's
 * line with the date (`某某日报 2024-04-09`), it vouches that the line over it is the page's
 * headline, which may then ask or exclaim between its phrases
 * (`某区晒出履职“成绩单”！三项数据创新高` / `日期：2024-04-09 来源：某某日报`).
 * A labelled line without a full date (`来源：某局`, `作者：张三`) is none.
 *
 * @example
 * isDatedMetaLine("日期:2023-06-01    来源:某某晚报"); // true
 * isDatedMetaLine("来源:某某晚报"); // false
 */
export function isDatedMetaLine(text: string): boolean {
  return text.length <= MAX_META_LINE && FULL_DATE.test(text) && webLineKind(text) === "meta";
}

/** Longest line read as a page's dated line of facts. */
const MAX_META_LINE = 80;

/** `2024-04-09`, `2023年5月6日`, `2010/9/21`: a date with its year, month and day. */
const FULL_DATE = /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;
