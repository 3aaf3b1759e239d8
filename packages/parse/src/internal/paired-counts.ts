import { isHanCode } from "./chars";

/**
 * The measure words of things counted one by one (units, households, persons, teams, cases,
 * items, schools, sites, lines, villages): the counts {@link pairedCount} pairs.
 */
const COUNT_UNITS = "个個家户戶人名支件项項所座处處条條";
/**
 * The short noun between two counts (at most five characters: no 的, 之, 和, 及, 与, 等, 并, 在,
 * which keep the first count inside a phrase or join a clause, nor 了, 至, 到, 为, a verb's words:
 * `164个窗口精简至70个`), perhaps with a bracketed note
 * (`县(市)区`, `鎮(街)`), or none (`2380户9961名`).
 */
const NOUN = String.raw`(?:[^\P{Script=Han}的之和及与與等并並在了至到为為]|[(（][\p{Script=Han}、]{1,4}[)）]){0,5}`;
/** A count: digits, perhaps 万, and a measure word of {@link COUNT_UNITS}. */
const COUNT = String.raw`\d+(?:\.\d+)?[万萬]?[${COUNT_UNITS}]`;
/**
 * What makes a count no count of things (`个月`, `个百分点`, `个工作日`, `个小时`) or a bound
 * (`15人以上`, `10个以内`): the pair is not read after it.
 */
const NOT_A_COUNT = /^(?:月|百分点|百分點|工作日|小时|小時|以上|以下|以内|以內|左右)/;
/** A count of things, its short noun, and a second count right after (read after the first). */
const COUNT_AFTER = new RegExp(`^${NOUN}(${COUNT})`, "u");
/** A count of things and its short noun, right before a second count (read before the second). */
const COUNT_BEFORE = new RegExp(`${COUNT}${NOUN}$`, "u");
/** How far before a count the count it pairs with is looked for (characters). */
const REACH = 16;

/**
 * Whether the count at `text[i]` (ending at `end`) is one of two counts printed together, the
 * second right after the first's short noun or with none (`涉及35个部门385件`, `共6566户25222人摘掉“穷帽子”`,
 * `全县2380户9961名建档立卡贫困人口`, `每天出动29支消毒队63人对…消毒`, `14个县(市)区2629个行政村`):
 * the text counts a whole and what it holds, or one group two ways, and reports both counts, in a
 * story's section too (since 2026-12-08). Not a count before a measure or a span (`1个1200亩的基地`,
 * `43个24小时执勤卡点`: the second is no count of things), a bound (`405个民警数在15人以上的派出所`) or
 * a count joined by 的 or 和 (`12个部门的35件`, `3个村和5个社区`: read by the joins, or not at all).
 *
 * @example
 * pairedCount("涉及35个部门385件，办结385件。", 2, 5); // true
 * pairedCount("建成1个1200亩的基地。", 2, 4); // false
 */
export function pairedCount(text: string, i: number, end: number): boolean {
  if (!COUNT_UNITS.includes(text.charAt(end - 1)) || NOT_A_COUNT.test(text.slice(end, end + 3)))
    return false;
  // Each count of the pair goes on into words of its own (`…385件，` is read as it closes its
  // clause).
  return (
    secondCountEnd(text, end) >= 0 ||
    (isHanCode(text.charCodeAt(end)) && COUNT_BEFORE.test(text.slice(Math.max(0, i - REACH), i)))
  );
}

/**
 * Where the second count of a pair ends when the count ending at `end` is its first (after
 * `共6566户25222人`, the index of `摘`: what the pair's words say follows there), else -1.
 *
 * @example
 * secondCountEnd("共6566户25222人摘掉", 6); // 12
 */
export function secondCountEnd(text: string, end: number): number {
  const after = COUNT_AFTER.exec(text.slice(end, end + 20));
  if (after === null) return -1;
  const next = end + after[0].length;
  return isHanCode(text.charCodeAt(next)) && !NOT_A_COUNT.test(text.slice(next, next + 3))
    ? next
    : -1;
}
