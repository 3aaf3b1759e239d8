import { CLOCK_SOURCE } from "./read-date";

/**
 * `北方晨报2024-03-22 20:30:47  54`, `某某日报 2021-05-06 09:12 1203`: a page's reading count printed
 * as a bare number (one to nine digits, no label) after the page's clock time, closing the line. A
 * number after a date without its clock (`2021-05-06 54`) or going on in words is none.
 */
const BARE_COUNT_AFTER_CLOCK = new RegExp(`(?<=${CLOCK_SOURCE})\\s+\\d{1,9}$`);

/** `simple` without a bare reading count after its clock time ({@link BARE_COUNT_AFTER_CLOCK}). */
export function withoutBareCount(simple: string): string {
  return simple.includes(":") ? simple.replace(BARE_COUNT_AFTER_CLOCK, "") : simple;
}
