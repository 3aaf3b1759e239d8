import { isDigitCode, oneOfCode } from "./chars";
import { type ReadMetric, readMetric } from "./read-metric";

/**
 * A noun naming a count of persons or of rounds (`观影人次`, `参加新农合人口`, `持卡人数`, `放映场次`) or
 * an amount of money (`票房收入`, `投入资金`, `生产总值`), perhaps a verb of stating after it (`为`, `达`,
 * `是`, `约`), right before a number: the noun's last word, which says what the number counts.
 */
const NOUNS = (
  "人次|场次|場次|人数|人數|人口|户数|戶數|收入|资金|資金|金额|金額|总额|總額|票房|产值|產值|总值|總值|增加值|" +
  "营收|營收|销售额|銷售額|成交额|成交額|GDP"
).split("|");
const STATING = "为|為|达|達|是|约|約|共".split("|");
const COUNTED_NOUN = new RegExp(`(${NOUNS.join("|")})(?:${STATING.join("|")})?$`);
/** The last characters of the words {@link COUNTED_NOUN} ends with (a quick test before it). */
const COUNTED_NOUN_LASTS = [
  ...new Set([...NOUNS, ...STATING].map((w) => w.charAt(w.length - 1))),
].join("");
/** The unit each counting noun gives its number (money is counted in 元). */
const UNIT_OF: Readonly<Record<string, string>> = {
  人次: "人次",
  场次: "场次",
  場次: "场次",
  人数: "人",
  人數: "人",
  人口: "人",
  户数: "户",
  戶數: "户",
};
const MONEY = "元";
/**
 * A number with its scale and nothing after it (`716.23万`, `7.26亿`, `74850.45萬`), or an integer of
 * four digits or more with no scale (`1641870`).
 */
const SCALED = /^\d{1,9}(?:\.\d{1,6})?(?:万亿|萬億|万|亿|萬|億)/;
const LARGE_INTEGER = /^\d{4,12}/;
/** The marks that may close the clause right after such a number. */
const CLAUSE_CLOSERS = "，。；、,;（(";

/**
 * `观影人次716.23万，同比增长49.36%`, `参加新农合人口7.26亿，`, `持卡人数达13.89亿，`, `常住人口766579，`, `电影票房收入5.47亿，`: a
 * number printed with no unit, right after a noun that names what it counts (persons, rounds of
 * persons or of showings, money), closing its clause: a figure in the unit the noun gives (`人次`;
 * `人` for `人数` and `人口`; `场次`; `户` for `户数`; `元` for money, whose number needs its scale).
 * `undefined` for a number a unit follows (read as printed), one that runs on into words
 * (`人口1604年`), a decimal with no scale (`死亡人数为0.08`, a rate), a small integer (`受伤人数为 0`), an
 * amount with no scale (`收入5000`, perhaps in a table head's 万元), and a number after any other word.
 *
 * @example
 * countedNounFigure("观影人次716.23万，同比增长49.36%", 4)?.metric.value; //=> 7162300
 * countedNounFigure("受伤人数为0。", 5); //=> undefined
 */
export function countedNounFigure(text: string, i: number): ReadMetric | undefined {
  if (!isDigitCode(text.charCodeAt(i)) || !oneOfCode(COUNTED_NOUN_LASTS, text.charCodeAt(i - 1)))
    return undefined;
  const noun = COUNTED_NOUN.exec(text.slice(Math.max(0, i - 4), i))?.[1];
  if (noun === undefined) return undefined;
  const after = text.slice(i, i + 20);
  const number = SCALED.exec(after) ?? LARGE_INTEGER.exec(after);
  if (number === null) return undefined;
  const end = i + number[0].length;
  const next = text.charCodeAt(end);
  if (!(Number.isNaN(next) || oneOfCode(CLAUSE_CLOSERS, next))) return undefined;
  const unit = UNIT_OF[noun] ?? MONEY;
  // (An amount of money needs its scale: `收入5000` may be in 万元, as a table's head says.)
  if (unit === MONEY && !SCALED.test(number[0])) return undefined;
  const read = readMetric(`${number[0]}${unit}`, 0, 0, false);
  return read === undefined || read.end !== number[0].length + unit.length
    ? undefined
    : { end, metric: read.metric };
}
