import { safeParseChineseNumber } from "@bulletin/format";
import { oneOfCode } from "./chars";
import { type ReadMetric, readMetric } from "./read-metric";

/** The characters of a number written in Han numerals (the point only between digits). */
const NUMERAL = new Uint8Array(65536);
for (const c of "〇零一二三四五六七八九十百千万亿两兩萬億点點") NUMERAL[c.charCodeAt(0)] = 1;
/**
 * The characters a figure in Han numerals opens with (`一千…`, `两万…`, `十二…`; `百分之…` for a
 * percentage): 1 for each, so that a reader scanning text tests a unit with one look-up.
 */
export const HAN_FIGURE_FIRSTS = new Uint8Array(65536);
for (const c of "一二三四五六七八九十两兩百") HAN_FIGURE_FIRSTS[c.charCodeAt(0)] = 1;
/**
 * Where a numeral is no figure of its own: an ordinal, a date's or a weekday's (`第三十`, `初十`,
 * `周一`, `正月十五`), a guess (`几十万元`, `数十家`) or the base of a rate (`每十万人`).
 */
const NOT_BEFORE = "第初周期礼禮月几幾数數每";
/** Words after a unit that make the figure a class or a format (`七万吨级货轮`, `十一人制足球场`). */
const CLASS_AFTER = "级級制型";
/**
 * The units a figure in Han numerals is read with: amounts, quantities and counts that reports
 * print (`亿元`, `万吨`, `人次`, `%`). Other words after a numeral are rarely a figure in such a
 * text: spans of time (`再战一百天`), rounds and sessions (`十二轮`, `十一次全会`), names (`十三间房`).
 */
const UNITS = new Set([
  ..."元人户家个件项吨辆座所起宗名条台套张亩%",
  ...["美元", "港元", "人次", "户次", "批次", "公里", "千米", "平方米", "平方公里", "平方千米"],
  ...["公顷", "立方米", "千瓦时", "千瓦", "标箱", "公斤", "千克"],
]);
/** Words a numeral names an ordinal with, 第 left out (`十九届二中全会`, `区十五屆人大`). */
const ORDINAL_AFTER = "届屆";
/** A numeral that places its digits (`三十`, `四千亿`, `一点五`), unlike a year's digits (`二〇〇七`). */
const PLACED = /[十百千万亿萬億点點]/;
/** The scales a numeral may end with, kept as printed for the figure reader (`四千億` → `4000億`). */
const TRAILING_SCALES = /[万亿萬億]+$/;
/** How far the figure reader looks around a figure (its comparison, the words before it). */
const REACH = 200;

const numeralValue = (numeral: string): number | undefined => {
  const r = safeParseChineseNumber(numeral);
  return r.success && typeof r.data === "number" ? r.data : undefined;
};

/** `numeral` in Arabic digits, its trailing scales kept as printed (`一千零九點六億` → `1009.6億`). */
function arabic(numeral: string): string | undefined {
  const scales = TRAILING_SCALES.exec(numeral)?.[0] ?? "";
  const part = scales === "" ? undefined : numeralValue(numeral.slice(0, -scales.length));
  if (part !== undefined) return `${part}${scales}`;
  const whole = numeralValue(numeral);
  return whole === undefined ? undefined : `${whole}`;
}

/**
 * Reads a figure printed in Han numerals at `text[i]`, as older and formal texts print them
 * (`完成增加值五千一百一十九点九亿元`, `增长百分之十四点二`, `一千八百多億元`): the numeral is
 * written in Arabic digits and read by {@link readMetric} like any figure, and the figure's end is
 * where the printed form ends. `undefined` where no such figure starts: a numeral of one
 * character (`一个`, `两项`: counts the facts of a text do not list), a year's digits
 * (`二〇〇七年`), an ordinal or a weekday (`第三十`, `十九届`, `周一`), a guess (`几十万元`), a
 * numeral inside a longer one, or one followed by no unit a report counts in ({@link UNITS}).
 *
 * @example
 * readHanFigure("完成四千億元，", 2, 0, true)?.metric.value; // 400000000000
 */
export function readHanFigure(
  text: string,
  i: number,
  start: number,
  changes: boolean,
): ReadMetric | undefined {
  const prev = text.charCodeAt(i - 1);
  if (NUMERAL[prev] === 1 || oneOfCode(NOT_BEFORE, prev)) return undefined;
  const percent = text.startsWith("百分之", i);
  const at = percent ? i + 3 : i;
  const first = text.charCodeAt(at);
  if (HAN_FIGURE_FIRSTS[first] !== 1 || first === 0x767e /* 百 */) return undefined;
  let end = at;
  while (NUMERAL[text.charCodeAt(end)] === 1) end++;
  // A point closes the numeral unless a digit follows it (`三点钟`).
  while (end > at && "点點".includes(text.charAt(end - 1))) end--;
  if (oneOfCode(ORDINAL_AFTER, text.charCodeAt(end))) return undefined;
  const numeral = text.slice(at, end);
  if ((!percent && numeral.length < 2) || !PLACED.test(numeral)) return undefined;
  const digits = arabic(numeral);
  if (digits === undefined) return undefined;
  const written = percent ? `${digits}%` : digits;
  const from = Math.max(start, i - REACH);
  const probe = `${text.slice(from, i)}${written}${text.slice(end, end + REACH)}`;
  const read = readMetric(probe, i - from, 0, changes);
  if (
    read === undefined ||
    read.end < i - from + written.length ||
    !UNITS.has(read.metric.unit) ||
    oneOfCode(CLASS_AFTER, probe.charCodeAt(read.end))
  )
    return undefined;
  // Back from the probe to the text: the printed numeral is `shift` units longer than its digits.
  const shift = from + (end - i) - written.length;
  const figure: ReadMetric = { ...read, end: read.end + shift };
  if (read.comparisonEnd !== undefined) figure.comparisonEnd = read.comparisonEnd + shift;
  return figure;
}
