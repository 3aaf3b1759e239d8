/**
 * `（2022年6月25日—7月1日）`, `某某周报（2022年6月25日—7月1日）`, `(2023年5月)`, `【2021年第3周】`: a line
 * closed by a part in one pair of brackets (two to forty characters inside, no bracket of the same
 * kind among them), as a heading's span or note is printed at its end or under it: the last line
 * of a heading broken over lines.
 */
const CLOSING_BRACKETS =
  /(?:（[^（）]{2,40}）|\([^()]{2,40}\)|【[^【】]{2,40}】|\[[^[\]]{2,40}\])$/;

/** Whether `text` ends with a {@link CLOSING_BRACKETS} part. */
export const closesWithBrackets = (text: string): boolean =>
  text.length >= 4 && CLOSING_BRACKETS.test(text);
