/**
 * The small form of the percent sign (`﹪`, U+FE6A), which some traditional-character pages set
 * after a rate (`較上年增加2,418件(7.35﹪)`, `成長12.06﹪`): after a digit, the figure reader reads a
 * paragraph with it as `%` (one code unit for one, so every index holds), and the paragraph keeps
 * `%`. Elsewhere (a garbled run of characters) it stays; a headline is not read through here and
 * keeps the sign as printed.
 */
export function smallPercentAsPercent(text: string): string {
  return text.includes("\ufe6a") ? text.replace(RATE_SIGN, "%") : text;
}
const RATE_SIGN = /(?<=\d)\ufe6a/g;
