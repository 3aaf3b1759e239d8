import { fail } from "./internal/fail";
import { toChineseNumber } from "./to-chinese-number";

/**
 * Writes the marker of a heading at one of the four levels of GB/T 9704-2012 §7.3.3:
 * 1 `一、`, 2 `（一）`, 3 `1.`, 4 `（1）` (full-width brackets, no mark after a bracket,
 * GB/T 15834-2011 §4.5).
 *
 * @param level - 1 to 4
 * @param index - the heading's number, from 1
 * @returns the marker
 * @throws {FormatError} `out-of-range` for another level or an index that is not a positive safe integer
 *
 * @example
 * ```ts
 * sectionMarker(2, 3);
 * //=> "（三）"
 * ```
 */
export function sectionMarker(level: 1 | 2 | 3 | 4, index: number): string {
  if (!(Number.isSafeInteger(index) && index > 0))
    fail("sectionMarker", "out-of-range", ["an index 1, 2, 3…", "序号 1、2、3…"], index);
  const n = level < 3 ? toChineseNumber(index) : index;
  if (level === 1) return `${n}、`;
  if (level === 3) return `${n}.`;
  return level === 2 || level === 4
    ? `（${n}）`
    : fail("sectionMarker", "out-of-range", ["level 1–4", "层级 1–4"], level);
}
