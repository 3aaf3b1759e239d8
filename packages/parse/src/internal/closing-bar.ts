import { isBareHeading } from "./line-kinds";

/** Fewest and most characters of headline before a closing bar. */
const MIN_BARRED_HEADLINE = 6;
const MAX_BARRED_HEADLINE = 60;

/**
 * `某省农业农村厅：耕地保护成效明显|`, `标题 ｜`: a headline closed by the bar of the page's title bar
 * (the site's name after it lost), the only bar on its line: where the headline ends (spaces before
 * the bar left out), or undefined. Near-misses: a line holding other bars (a table's row, `| 指标 |
 * 本月 |`), a bar alone, a paragraph a bar closes (`…同比下降5.2%，…（查成交价|`: clauses, no heading).
 *
 * @example
 * closingBarAt("某省农业农村厅：耕地保护成效明显|"); //=> 16
 */
export function closingBarAt(text: string): number | undefined {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  const last = text.charCodeAt(end - 1);
  if (last !== 0x7c /* | */ && last !== 0xff5c /* ｜ */) return undefined;
  let at = end - 1;
  while (at > 0 && text.charCodeAt(at - 1) === 0x20) at--;
  if (at < MIN_BARRED_HEADLINE || at > MAX_BARRED_HEADLINE) return undefined;
  const head = text.slice(0, at);
  return /[|｜，,。；;]/.test(head) || !isBareHeading(head, true) ? undefined : at;
}
