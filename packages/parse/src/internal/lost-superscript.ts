/**
 * A cubic metre whose superscript a converter lost (`用水總量為5998.2億m?`, `蓄水9260万m?`): a copy
 * converted to another encoding prints `?` for the `³` it could not write, which the repair sets
 * full-width (`m？`). The power is not printed, so the words decide it: water is measured in volume
 * (用水量, 供水量, 蓄水, 水资源量), and the figure is in m³; elsewhere `m?` could be an area as well
 * (`面积12万m?`), and is no figure at all rather than one in metres.
 */

import { oneOfCode } from "./chars";

/** The question marks a lost superscript is printed as (ASCII, and full-width after the repair). */
const LOST_MARKS = "?？";
/** How far back the clause before the figure is read for the water it measures. */
const CLAUSE_BACK = 30;
/** The marks a clause opens after (so that water named in an earlier clause does not count). */
const CLAUSE_MARKS = /[，。；：、,;:！？!?]/g;
/** Water in either script (`水`, and no other character tells a volume of it). */
const WATER = "水";

/**
 * How the unit `m` at the end of a figure reads before `text[j]`: `"m"` when no lost superscript
 * follows it, `"m³"` when one does and the clause before the number at `text[i]` names water, and
 * `undefined` when one does elsewhere (no figure: the power is unknown).
 *
 * @example
 * lostSuperscriptUnit("用水總量為5998.2億m？。", 5, 13); // "m³"
 * lostSuperscriptUnit("面積12萬m？，", 2, 5); // undefined
 * lostSuperscriptUnit("水深3m，", 2, 3); // "m"
 */
export function lostSuperscriptUnit(text: string, i: number, j: number): string | undefined {
  if (!oneOfCode(LOST_MARKS, text.charCodeAt(j))) return "m";
  const before = text.slice(Math.max(0, i - CLAUSE_BACK), i);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_MARKS)) from = m.index + 1;
  return before.includes(WATER, from) ? "m³" : undefined;
}
