import { isHanCode } from "./chars";

/** A signed rate's digits and its `%` (`4.2%`, `10.4％`), read after the sign. */
const RATE_AFTER_SIGN = /^\d{1,3}(?:\.\d+)?[%％]/;

/**
 * Whether the minus at `text[i]` opens a rate printed after a figure and a space, as rankings print
 * each place's figure and its growth side by side (`乙市(52.13亿元 -3.2%)`, `甲区（3.25亿元 -4.2%）`):
 * a space before the sign, a Han character (the figure's unit) before the space, and a percentage
 * after it. Not a range of years (`2019 -2020年`: a digit before the space), nor a dash before words
 * or before a count (`完成 -3项`).
 */
export function spacedSignedRate(text: string, i: number): boolean {
  return (
    text.charCodeAt(i - 1) === 0x20 &&
    isHanCode(text.charCodeAt(i - 2)) &&
    RATE_AFTER_SIGN.test(text.slice(i + 1, i + 12))
  );
}
