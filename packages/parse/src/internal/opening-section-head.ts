import { isBareHeading, SENTENCE_MARK } from "./line-kinds";
import type { TextLine } from "./text-line";

/** Longest head of a part (a headline is longer, or names its period, place or kind). */
const MAX_HEAD = 20;
/** Fewest characters of a paragraph under a head. */
const MIN_PARAGRAPH = 30;
/** How many lines under the first are looked at for another head. */
const REACH = 40;
/**
 * What a page's title says and a part's head does not: a period (`2023年`, `1-5月`, `一季度`,
 * `上半年`), a report's or a notice's kind closing it (`…运行情况`, `…年报`, `…通报`, `…工作总结`).
 */
const TITLE_WORDS =
  /\d|[一二三四]季度|[上下]半年|(?:[报報]告?|[总總][结結]|[纪紀]要|通知|公告|[情][况況]|分析)$/;

/** A line of sentences: a paragraph under a head. */
const isParagraph = (text: string): boolean =>
  text.length >= MIN_PARAGRAPH && SENTENCE_MARK.test(text);

/** Fewest characters of the first head (`工会动态` over a page's news is a column's name). */
const MIN_FIRST = 6;
/** Characters a part's first head may be longer than the one found further on. */
const LONGER_BY = 1;
/** A space or a colon: a headline's two phrases (`转型升级显成效 经济运行稳中有升`), a place's name over its news. */
const PHRASES_PARTED = /[\s:：]/;

/** A short heading line of words ({@link MAX_HEAD} characters at most, no figure). */
const isPartHead = (text: string, least = 4): boolean =>
  text.length >= least &&
  text.length <= MAX_HEAD &&
  isBareHeading(text) &&
  !PHRASES_PARTED.test(text);

/**
 * `利用外资取得新进展` / `一季度全市新批…。` / … / `外贸出口保持较快增长` / `…。`: a copy that lost its
 * title opening on the head of its first part, a short heading line of words straight over a
 * paragraph, with another head of that shape over a paragraph further on (a paragraph over it), as
 * long as the first or longer (a news headline is longer than its subheads: `某市加快构建现代公共文化
 * 服务体系` over `群众更方便文化场馆作用显著`): the line heads the first part, no title. A line naming a
 * period or closing on a report's kind (`2017年某省环境质量年报`, `某市经济运行情况`), or of two phrases a
 * space or a colon parts, is the title still.
 */
export function opensOnPartHead(lines: readonly TextLine[]): boolean {
  const first = lines[0]?.text ?? "";
  if (
    !isPartHead(first, MIN_FIRST) ||
    TITLE_WORDS.test(first) ||
    !isParagraph(lines[1]?.text ?? "")
  )
    return false;
  const end = Math.min(lines.length - 1, REACH);
  for (let k = 2; k < end; k++) {
    const head = (lines[k] as TextLine).text;
    if (
      isPartHead(head) &&
      first.length <= head.length + LONGER_BY &&
      isParagraph((lines[k - 1] as TextLine).text) &&
      isParagraph((lines[k + 1] as TextLine).text)
    )
      return true;
  }
  return false;
}
