import { isHanCode } from "./chars";

/** Vowels with a tone mark: what tells a pinyin reading from a Latin word. */
const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
const MAX_PINYIN = 7;

/**
 * Where a pinyin reading after a Han character ends (`發(fā)布`, `辦結(jié)`: a converter to
 * traditional characters marks the ones it was unsure of), just past its `)`; 0 when
 * `source[i, to)` opens with none. A reading is lower-case letters with a toned vowel.
 */
export function pinyinEnd(source: string, i: number, to: number): number {
  let toned = false;
  let j = i;
  for (; j < to && j - i <= MAX_PINYIN; j++) {
    const c = source.charAt(j);
    if (c === ")") return toned && j > i ? j + 1 : 0;
    if (TONED.includes(c)) toned = true;
    else if (c < "a" || c > "z") return 0;
  }
  return 0;
}

/**
 * How many units of `source[from, to)` are a converter's readings after Han characters
 * (`數(shù)`, `養(yǎng)老`: each `(…)` {@link pinyinEnd} finds), which the repair takes out: a
 * length measured on the raw text without them is the repaired text's. Linear in the range.
 */
export function readingUnits(source: string, from: number, to: number): number {
  let units = 0;
  // (A reading right after a reading, `萬(wàn)(wàn)`, follows its Han character as the repair reads.)
  for (let i = from + 1, readEnd = -1; i < to; i++) {
    if (source.charCodeAt(i) !== 0x28 /* ( */) continue;
    if (i !== readEnd && !isHanCode(source.charCodeAt(i - 1))) continue;
    const end = pinyinEnd(source, i + 1, to);
    if (end === 0) continue;
    units += end - i;
    readEnd = end;
    i = end - 1;
  }
  return units;
}
