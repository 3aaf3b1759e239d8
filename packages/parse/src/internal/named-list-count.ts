import { isDigitCode, isHanCode, oneOfCode } from "./chars";

/** The marks that end a clause. */
const CLAUSE_MARKS = "，。；：,;:！？!?";
/** How far a clause is scanned on either side of the count (characters). */
const REACH = 40;
/**
 * Words that keep the count inside a phrase or hand it to another rule: 的 and 之 (`等5个部门的负责人`),
 * 均 (`等4项指标增速均预计提高`: a rate or an average of them) and 未 (`…尚未开工`, read on its own).
 */
const PHRASE_WORDS = "的之均未";

/**
 * Whether the count after `等` at `text[i]` (ending at `end`) sums up a list the clause names, its
 * members parted by `、` before `等` (`东湖公园、南山绿道等13处城市森林在城区营造出野趣`, `与北京、上海等7个
 * 地市对接拓展服务范围`, `…经营许可等26个事项实行告知承诺制`), and the clause goes on from the
 * count's noun, a Han character first, to its end with no word that keeps the count inside a phrase
 * ({@link PHRASE_WORDS}): the count of the members named, which the text reports. A list of one
 * member (`京东方等21个…`) is no such list, and a list `对` acts on (`对粮油、肉蛋奶等15类重点食品开展
 * 抽检`, `对甲公司、乙公司等3家企业进行了检查`) keeps the reading tests have pinned since session 26:
 * text. Linear: each side of the count is scanned once, at most
 * {@link REACH} characters.
 *
 * @example
 * namedListCount("甲公园、乙公园等13处城市森林营造出野趣。", 8, 11); // true
 * namedListCount("甲局、乙局等5个部门的负责人参加会议。", 6, 8); // false
 */
export function namedListCount(text: string, i: number, end: number): boolean {
  let named = 1;
  for (let k = i - 2; k >= 0 && i - k <= REACH; k--) {
    const c = text.charCodeAt(k);
    if (oneOfCode(CLAUSE_MARKS, c)) break;
    // (`对粮油、肉蛋奶等15类重点食品开展抽检`: a list 对 acts on stays text, as it has since session 26.)
    if (c === 0x5bf9 /* 对 */ || c === 0x5c0d /* 對 */) return false;
    if (c === 0x3001 /* 、 */) named++;
  }
  if (named === 1) return false;
  // `成都东部新区、绵阳科技城新区、南充临江新区、宜宾三江新区等4个省级新区`: a count no more than the members
  // named only restates the list (its 等 ends it), and describes.
  let count = 0;
  for (let k = i; k < end && isDigitCode(text.charCodeAt(k)) && count <= named; k++)
    count = count * 10 + text.charCodeAt(k) - 0x30;
  if (count <= named) return false;
  if (!isHanCode(text.charCodeAt(end))) return false;
  for (let k = end; k < text.length && k - end < REACH; k++) {
    const c = text.charCodeAt(k);
    if (oneOfCode(CLAUSE_MARKS, c)) return k - end >= 3;
    if (oneOfCode(PHRASE_WORDS, c)) return false;
  }
  return text.length - end >= 3 && text.length - end < REACH;
}
