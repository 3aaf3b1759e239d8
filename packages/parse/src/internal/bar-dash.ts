/**
 * `2011年1―5月份`: a span whose dash a page sets as `―` (U+2015, the horizontal bar some GB2312
 * converters give for the dash `—`), as the period's readers see it: the bar between two digits
 * written as `—` (`2011年1—5月份`). Only the strings a period is read from; the text keeps its bar.
 * A bar elsewhere (`―、概况`, the stroke of `一`; `总结―招商引资`) stays.
 */
export function barAsDash(text: string): string;
export function barAsDash(text: string | undefined): string | undefined;
export function barAsDash(text: string | undefined): string | undefined {
  return text?.includes("―") ? text.replace(BAR_BETWEEN_DIGITS, "—") : text;
}

const BAR_BETWEEN_DIGITS = /(?<=\d)―(?=\d)/g;
