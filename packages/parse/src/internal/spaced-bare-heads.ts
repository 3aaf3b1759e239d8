import { isDigitCode, oneOfCode } from "./chars";
import { isBareHeading } from "./line-kinds";

/** Longest bare head a flattened line's spaces part from its text ({@link spacedBareHeadCuts}). */
const MAX_SPACED_BARE_HEAD = 16;
/** How far after a head its running text shows a clause's or a sentence's mark. */
const RUNNING_REACH = 60;

/**
 * `…其他商品价格基本稳定。 粮油价格稳定 大米、面粉零售均价…，与上周持平。 蔬菜价格上涨 白菜…。`: a
 * report flattened onto one line (its paragraph breaks turned into spaces), its parts opened by bare
 * heads: Han words ({@link isBareHeading}, no figure) of {@link MAX_SPACED_BARE_HEAD} units at most,
 * no comma or colon, each right after a sentence's end (`。`, `！`, `？`) and a space the repair
 * dropped (one of `gaps`, ascending), ended by the next such space before running text (a `，` or a
 * `。` soon after, no digit first). The places where each head and its text start a line, when the
 * line holds two or more such heads, no two the same; else none. Not one such place alone (a stray
 * space), not words before a date or a figure (`发布时间 2023年5月8日`, `完成投资 12.5亿元，…`), not a
 * label repeated, not words over more words (`蔬菜价格 白菜 萝卜`). One walk over the gaps.
 */
export function spacedBareHeadCuts(text: string, gaps: readonly number[]): number[] {
  if (gaps.length < 4) return [];
  const heads = new Set<string>();
  const at: number[] = [];
  for (let g = 0; g + 1 < gaps.length; g++) {
    const k = gaps[g] as number;
    const end = gaps[g + 1] as number;
    if (end - k > MAX_SPACED_BARE_HEAD || !oneOfCode("。！？", text.charCodeAt(k - 1))) continue;
    const head = text.slice(k, end);
    if (/[，,：:]/.test(head) || !isBareHeading(head)) continue;
    if (isDigitCode(text.charCodeAt(end))) continue;
    const after = text.slice(end, Math.min(end + RUNNING_REACH, gaps[g + 2] ?? text.length));
    if (!/[，。]/.test(after)) continue;
    if (heads.has(head)) return [];
    heads.add(head);
    at.push(k, end);
  }
  return heads.size >= 2 ? at : [];
}
