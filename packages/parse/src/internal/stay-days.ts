/** A hospital's average stay before a number (`平均住院日为8.3日`, `住院日達9.1日`). */
const STAY_BEFORE = /住院日(?:[为為是]|[达達]到?)?$/;

/**
 * `日` at `text[j]` when the number at `text[i]` is an average hospital stay, as 卫生健康 statistics
 * and 医疗服务 releases print it (`三级医院平均住院日为8.3日，比上年同期增加0.4日`): read from
 * `text[max(start, i - 6), i)`. Elsewhere `日` after a number is a day of the month (`7月8日`), none.
 *
 * @example
 * stayDaysAt("平均住院日为8.3日", 6, 9, 0); // "日"
 * stayDaysAt("7月8日", 2, 3, 0); // undefined
 */
export function stayDaysAt(text: string, i: number, j: number, start: number): string | undefined {
  return text.charCodeAt(j) === 0x65e5 /* 日 */ &&
    STAY_BEFORE.test(text.slice(Math.max(start, i - 6), i))
    ? "日"
    : undefined;
}
