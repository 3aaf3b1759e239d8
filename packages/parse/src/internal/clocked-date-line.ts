import { CLOCK_SOURCE } from "./read-date";

/**
 * `news.example.com.cn 2018年10月08日 07:55`, `网上收集 2015/12/21 14:18:06 (1539)`: a page's date
 * line led by where the page came from, without a label: the site's host name or a few Han words
 * (a site's name, `网上收集`), then the date with its clock time, perhaps a counter in brackets,
 * and nothing else. The clock time marks the page's own date (a report's dates have none).
 */
const CLOCKED_DATE_LINE = new RegExp(
  `^(?:[a-z\\d-]+(?:\\.[a-z\\d-]+)+|[\\u4e00-\\u9fff]{2,10})\\s*(\\d{4}(?:[-/.]\\d{1,2}[-/.]\\d{1,2}|年\\d{1,2}月\\d{1,2}日))\\s*${CLOCK_SOURCE}(?:\\s*[（(]\\d{1,9}[）)])?$`,
  "i",
);

/** How long a page's dated line is at most. */
const MAX_CLOCKED_LINE = 60;

/** The date (as printed) of a {@link CLOCKED_DATE_LINE}, or undefined. */
export function clockedDate(text: string): string | undefined {
  if (text.length > MAX_CLOCKED_LINE) return undefined;
  return CLOCKED_DATE_LINE.exec(text)?.[1];
}

/**
 * `昆明信息港    01-10 08:07:34`: a news site's line under its headline, led by the site's name (ending
 * as an outlet's: 网, 报, 港, 社, 台, 在线, 客户端) or host name, then the day without its year (month
 * and day, two digits each) and the clock time, nothing else. The line is the page's (a headline's
 * words carry no clock time), so it is not run into the headline above it; its day gives no date
 * (no year).
 * Near-misses: a dated line with its year ({@link CLOCKED_DATE_LINE}), words after the clock, a
 * sentence before the day (`…时间段为09-01 08:00`).
 */
const YEARLESS_CLOCKED_LINE = new RegExp(
  `^(?:[a-z\\d-]+(?:\\.[a-z\\d-]+)+|[\\u4e00-\\u9fff]{1,8}(?:网|报|港|社|台|在线|客户端))\\s*\\d{2}-\\d{2}\\s+${CLOCK_SOURCE}$`,
  "i",
);

/** Whether `text` is a {@link YEARLESS_CLOCKED_LINE}. */
export const isYearlessClockedLine = (text: string): boolean =>
  text.length <= MAX_CLOCKED_LINE && YEARLESS_CLOCKED_LINE.test(text);
