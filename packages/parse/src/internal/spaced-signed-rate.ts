import { isDigitCode, isHanCode } from "./chars";

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

/** A signed rate's digits, its `%` and the bracket closing it (`21.1%)`), read after the sign. */
const BRACKETED_RATE_AFTER_SIGN = /^\d{1,3}(?:\.\d+)?[%％][)）]/;

/**
 * Whether the sign at `text[i]`, right after an opening bracket, opens a change printed in brackets
 * beside a table's number or under it, as statistics tables print each year's figure with its change
 * on the year before (`95 348 (+8.1%)`: a digit and a space before the bracket), and as a copy that
 * puts each cell on a line prints that change on a line of its own (`(-21.1%)`: the bracket opens
 * the text read). A percentage and the closing bracket right after it: not a bracketed count
 * (`(-21)`), a range (`(-5%~+5%)`) nor a rate with words after it (`(-21.1%以上)`).
 */
export function bracketedTableChange(text: string, i: number): boolean {
  const open = text.charCodeAt(i - 1);
  if (open !== 0x28 && open !== 0xff08) return false;
  const alone = i === 1;
  const besideNumber = text.charCodeAt(i - 2) === 0x20 && isDigitCode(text.charCodeAt(i - 3));
  return (alone || besideNumber) && BRACKETED_RATE_AFTER_SIGN.test(text.slice(i + 1, i + 13));
}
