import { CLOCK_SOURCE } from "./read-date";

/**
 * `北方晨报2024-03-22 20:30:47  54`, `某某日报 2021-05-06 09:12 1203`: a page's reading count printed
 * as a bare number (one to nine digits, no label) after the page's clock time, closing the line. A
 * number after a date without its clock (`2021-05-06 54`) or going on in words is none.
 */
const BARE_COUNT_AFTER_CLOCK = new RegExp(`(?<=${CLOCK_SOURCE})\\s+\\d{1,9}$`);

/**
 * `某某晨刊 1116 2011-03-08 11:14`: the same count set between the outlet's name and the page's date, as
 * some content systems print the line (name, hits, date and clock, nothing after; the repair may have
 * taken out the space after the name: `某某晨刊1116 2011-…`). A hotline's number ending an account's
 * name (`某市12345 2011-03-08 11:14`: five digits opening with 12), a number inside the name
 * (`某某12345热线 2011-…`) and one before a date without its clock are none.
 */
const BARE_COUNT_BEFORE_DATE = new RegExp(
  `(?<=[\\u4e00-\\u9fff])\\s*(?!12\\d{3}\\s)\\d{1,9}(?=\\s+(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}\\s+${CLOCK_SOURCE}$)`,
);

/**
 * `simple` without a bare reading count after its clock time ({@link BARE_COUNT_AFTER_CLOCK}) or
 * between the outlet's name and the clocked date ({@link BARE_COUNT_BEFORE_DATE}).
 */
export function withoutBareCount(simple: string): string {
  return simple.includes(":")
    ? simple.replace(BARE_COUNT_AFTER_CLOCK, "").replace(BARE_COUNT_BEFORE_DATE, "")
    : simple;
}
