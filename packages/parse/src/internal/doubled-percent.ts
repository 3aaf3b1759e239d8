/**
 * `同比增长40.8%%`, `完成年计划78.52%%`: a percent sign printed twice after a rate, as a page whose
 * template escaped the sign for a format string shows it. It is one sign: the rate is read as
 * `40.8%` is, and its comparison words (`同比增长40.8%%`) as `同比增长40.8%`. A sign after no number
 * (`以%%表示`) is left as printed.
 */

/** 1 where a second `%` stands at `text[j]` right after a rate's `%` (and no third after it), else 0. */
export function doubledPercentAt(text: string, j: number): number {
  return text.charCodeAt(j) === 0x25 &&
    text.charCodeAt(j - 1) === 0x25 &&
    text.charCodeAt(j + 1) !== 0x25
    ? 1
    : 0;
}

/** Comparison words with a doubled sign after a digit written with one (`同比增长40.8%%` → `…40.8%`). */
export const singlePercents = (words: string): string =>
  words.includes("%%") ? words.replace(/(?<=\d)%%(?!%)/g, "%") : words;
