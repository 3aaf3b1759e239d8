/** A hospital's average stay before a number (`平均住院日为8.3日`, `住院日達9.1日`). */
const STAY_BEFORE = /住院日(?:[为為是]|[达達]到?)?$/;

/**
 * A number to one decimal right before `日` (`平均逗留1.0日`, `留宿旅客( 3.2日 )`, `減少0.1日至1.1日`):
 * a length of time in days, as Macao's visitor statistics print a stay. No day of the month has a
 * decimal; a date printed with points (`2019.5.1日`) is no such number, as its point is the last but
 * one (the figure reader reads no number after a point), the whole digits of a year (`2019.5日`) are
 * more than a stay's, and a month and day with a point (`3.15日`) has two digits after it.
 */
const DECIMAL_DAYS = /^\d{1,3}\.\d$/;
/**
 * What may stand before such a number: words (`逗留1.0日`), a space or an opening bracket
 * (`( 3.2日 )`). Not the start of a line, where `1.419日` is a list's `1.` run into `4` and
 * `19日` (a date that lost its 月).
 */
const DAYS_AFTER = /[\u4e00-\u9fff (（]$/;
/** `于5.1日`, `於5.1日`: a date a point parts (on the first of May), no stay. */
const ON_DAY = /[于於]$/;
/**
 * A change right before it (`比上年同期增加0.4日`, `按年縮短0.1日`): the amount a stay changed by,
 * which stays text as a change in 住院日 does.
 */
const CHANGED_BY = /(?:增加|减少|減少|缩短|縮短|延长|延長|下降|上升|提高|降低)$/;
/** After `日`, what makes it a word of its own (`日均`, `日常`, `日期`, `日报`) or a date's span (`日起`, `日至`). */
const NOT_DAYS_AFTER = /^[均常期报報起至到前后後内內]/;
/** How far back the words of a change are read (the longest of {@link CHANGED_BY}'s). */
const CHANGE_BACK = 2;

/**
 * `日` at `text[j]` when the number at `text[i]` is a length of time in days: an average hospital
 * stay, as 卫生健康 statistics and 医疗服务 releases print it (`三级医院平均住院日为8.3日`, read from
 * `text[max(start, i - 6), i)`), or a number to a decimal ({@link DECIMAL_DAYS}) after words, no
 * change's.
 * Elsewhere `日` after a number is a day of the month (`7月8日`), none.
 *
 * @example
 * stayDaysAt("平均住院日为8.3日", 6, 9, 0); // "日"
 * stayDaysAt("平均逗留1.0日，", 4, 7, 0); // "日"
 * stayDaysAt("7月8日", 2, 3, 0); // undefined
 */
export function stayDaysAt(text: string, i: number, j: number, start: number): string | undefined {
  if (text.charCodeAt(j) !== 0x65e5 /* 日 */) return undefined;
  if (STAY_BEFORE.test(text.slice(Math.max(start, i - 6), i))) return "日";
  return DECIMAL_DAYS.test(text.slice(i, j)) &&
    DAYS_AFTER.test(text.slice(i - 1, i)) &&
    !ON_DAY.test(text.slice(i - 1, i)) &&
    !CHANGED_BY.test(text.slice(Math.max(0, i - CHANGE_BACK), i)) &&
    !NOT_DAYS_AFTER.test(text.slice(j + 1, j + 2))
    ? "日"
    : undefined;
}
