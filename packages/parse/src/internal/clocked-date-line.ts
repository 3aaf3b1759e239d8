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

/** The date (as printed) of a {@link CLOCKED_DATE_LINE}, or undefined. */
export function clockedDate(text: string): string | undefined {
  if (text.length > 60) return undefined;
  return CLOCKED_DATE_LINE.exec(text)?.[1];
}
