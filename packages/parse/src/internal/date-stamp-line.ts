/**
 * `2021-10-14 08:44`, `2019-3-5 17:30:21`, `2012年02月27日07:37`: a news page's date stamp alone on
 * its line, the date in a site's digits (a space before the clock) or with 年月日, then its clock time
 * (hours and minutes, seconds perhaps), nothing else. The clock time marks the page's own date (a
 * report's dates have none). Not a date without its clock (`2021-10-14`, a report's own), a clock
 * time alone (`08:44`), nor a stamp run on into words (`2021-10-14 08:44 某某现场`, a caption).
 */
const DATE_STAMP = /^\d{4}(?:-\d{1,2}-\d{1,2}\s+|年\d{1,2}月\d{1,2}日\s*)\d{1,2}:\d{2}(?::\d{2})?$/;

/** Longest line {@link isDateStampAlone} reads (`2012年02月27日 07:37:05` and spaces around). */
const MAX_STAMP_LINE = 32;

/** Whether `text` is a page's date stamp alone on its line ({@link DATE_STAMP}). */
export function isDateStampAlone(text: string): boolean {
  return text.length <= MAX_STAMP_LINE && DATE_STAMP.test(text.trim());
}
