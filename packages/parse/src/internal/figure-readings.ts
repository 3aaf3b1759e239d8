/**
 * Small pieces of a figure's print that the figure reader reads past or onto its unit.
 */

import { oneOfCode } from "./chars";

/** A scale's reading, by the scale: 万 and 萬 read `wan`, 亿 and 億 read `yi` (toned or not). */
const SCALE_READINGS: Record<string, readonly string[]> = {
  万: ["wan", "wàn"],
  萬: ["wan", "wàn"],
  亿: ["yi", "yì"],
  億: ["yi", "yì"],
};
const OPENS = "(（";
const CLOSES = ")）";

/**
 * The length of a converter's reading of the scale `scale` in brackets at `text[j]` (`萬(wan)人次`,
 * `億（yi）元`: a tool converting a page to traditional characters prints readings, some without
 * their tones, which the repair does not drop), 0 when none: the figure's unit follows it. Some tools
 * print each reading twice (`1185萬(wan)(wan)人`): both are read past.
 */
export function scaleReadingLength(text: string, j: number, scale: string): number {
  const readings = SCALE_READINGS[scale.charAt(scale.length - 1)];
  if (readings === undefined) return 0;
  const once = (at: number): number => {
    if (!oneOfCode(OPENS, text.charCodeAt(at))) return 0;
    for (const r of readings)
      if (text.startsWith(r, at + 1) && oneOfCode(CLOSES, text.charCodeAt(at + 1 + r.length)))
        return r.length + 2;
    return 0;
  };
  const first = once(j);
  return first === 0 ? 0 : first + once(j + first);
}

/** A reading without its tone: lower-case letters, a vowel among them (`ren`, `yuan`; not `kg`). */
const TONELESS_READING = /^[(（][bcdfghjklmnpqrstwxyz]{0,3}[aeiouv][a-z]{0,4}[)）]/;
/**
 * The length of a converter's toneless reading of a figure's unit printed after it, once or twice,
 * at `text[j]` (`1185萬人(ren)(ren)、`, `86.3億元(yuan)`; see {@link scaleReadingLength}), 0 when
 * none: read past as part of the figure's print, so that the mark after it still ends the figure's
 * clause. A Latin symbol in brackets (`(kg)`) is none.
 */
export function unitReadingLength(text: string, j: number): number {
  let k = j;
  for (let n = 0; n < 2; n++) {
    const m = TONELESS_READING.exec(text.slice(k, k + 10));
    if (m === null) break;
    k += m[0].length;
  }
  return k - j;
}

/** The dots a rate per head and span may be printed with (`元/人·月`). */
const SPAN_DOTS = "·•・";
/**
 * A copy's full stop for the dot (`元/人.年`, which the repair writes `元/人。年`): read so only before
 * a clause's mark, as no sentence opens `年，`.
 */
const STOPS = ".。";
/**
 * The marks after which a unit reads as a figure's where a word could follow it instead (a clause's
 * or a bracket's close): `元/人.年，`, `刀具62把、`.
 */
export const MARKS_AFTER_UNIT = "，。；、,;）)";
/** The spans a rate per head is counted over. */
const SPANS = "月年";

/**
 * The span after a rate per head (`/人`, `/户`) at `text[j]`: `·月` or `·年` as in `744元/人·月`,
 * `3712元/人.年`, as relief reports print a standard, with the model's dot; `""` when none.
 */
export function perHeadSpanAt(text: string, j: number): { printed: string; name: string } | "" {
  const dot = text.charAt(j);
  const span = text.charAt(j + 1);
  if (dot === "" || span === "" || !SPANS.includes(span)) return "";
  const after = text.charAt(j + 2);
  return SPAN_DOTS.includes(dot) ||
    (STOPS.includes(dot) && (after === "" || MARKS_AFTER_UNIT.includes(after)))
    ? { printed: text.slice(j, j + 2), name: `·${span}` }
    : "";
}

/**
 * Whether the code unit before a temperature is `负` (`負`), the minus a news agency's climate report
 * writes in words (`全国平均气温负2.2℃`): the temperature is below zero, and `负` is no part of its label.
 */
export const isMinusWordCode = (c: number): boolean => c === 0x8d1f || c === 0x8ca0;
