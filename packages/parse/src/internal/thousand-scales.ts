import { isDigitCode } from "./chars";
import { CURRENCIES } from "./price-units";

/** A figure's number and scale after a scale in 千 or 兆 was read (see {@link thousandScaleAt}). */
export interface ThousandScale {
  /** The whole digits and the decimals, moved as the scale read asks (`9.1千` is `9100`). */
  digits: string;
  fraction: string;
  /** The scale as printed, from the figure's first scale on (`千`, `千万`, `萬7千`, `兆`). */
  printed: string;
  /** The scale as the model names it (`""`, `万`, `亿`, `万亿`). */
  name: string;
  /** The index just after it. */
  end: number;
}

const THOUSAND = 0x5343; /* 千 */
/** 分 after 千: a per mille (`2.07千分点`, `千分之`), no score in thousands. */
const PART = 0x5206; /* 分 */
const TRILLION = 0x5146; /* 兆 */
/** 万 and 亿 in either script, and the model's names of them. */
const SCALE_AFTER: Record<string, string> = { 万: "万", 萬: "万", 亿: "亿", 億: "亿" };
/** Yen, beside the currencies a price is counted in: what a trillion in 兆 may count. */
const TRILLION_CURRENCIES = new Set([...CURRENCIES, "日元"]);

/**
 * A scale in 千 or 兆 at `text[j]`, after the digits of a figure read from `text[i]` (`digits.fraction`,
 * its scale `scale` as printed, perhaps none), where `unitAt` finds a unit:
 *
 * - 千 after a number of no scale, before a unit or 万 or 亿 (`9.1千人` is 9100 人, `3千件`, `5千万元`
 *   is 5000 万元), as statistics pages of Taiwan print thousands (`較上月減少3千人`); not a unit that
 *   opens with 千 (`15千瓦`, `3.5千米`, `2.4千公顷`: `unitAt` finds it at 千), nor 千 before no unit
 *   (`12千伏`) or a per mille (`降低2.07千分点`), nor a number right after 万 or 亿 (`8千人次` of `1万8千人次`,
 *   which stays text) or after a number and a space (`1,153 6千人`, a number a PDF broke);
 * - a digit and 千 closing an amount of 亿 and 万 (`154億4,966萬7千元`: 1544966.7 万, as budget
 *   statements print amounts to the thousand) or of 万 alone before a currency (`預算編列7,645萬6千元`:
 *   7645.6 万元, as Taiwan's budget reports print smaller amounts; not `1万8千人次`), or a digit, 千 and
 *   万 after a whole number of 亿 (`3亿5千万元`: 3.5 亿): the first decimal of that scale;
 * - 兆 before a currency closing its clause (`5.88兆元，`, `1.3兆美元。`), as Taiwan writes trillions:
 *   万亿. Not 兆 before other units (`120兆瓦`: mega), nor before words (`12兆元資金`).
 *
 * `undefined` when there is none.
 *
 * @example
 * thousandScaleAt("7.4千人。", 0, 3, "7", "4", "", unitAt); // { digits: "7400", fraction: "", printed: "千", name: "", end: 4 }
 */
export function thousandScaleAt(
  text: string,
  i: number,
  j: number,
  digits: string,
  fraction: string,
  scale: string,
  unitAt: (text: string, j: number) => string | undefined,
): ThousandScale | undefined {
  const c = text.charCodeAt(j);
  if (scale === "") {
    if (c === TRILLION) {
      const unit = unitAt(text, j + 1);
      return unit !== undefined &&
        TRILLION_CURRENCIES.has(unit) &&
        closesClause(text.charCodeAt(j + 1 + unit.length))
        ? { digits, fraction, printed: "兆", name: "万亿", end: j + 1 }
        : undefined;
    }
    if (c !== THOUSAND || unitAt(text, j) !== undefined || text.charCodeAt(j + 1) === PART)
      return undefined;
    if (SCALE_AFTER[text.charAt(i - 1)] !== undefined || afterSpacedDigit(text, i))
      return undefined;
    const after = SCALE_AFTER[text.charAt(j + 1)];
    const printed = after === undefined ? "千" : text.slice(j, j + 2);
    if (unitAt(text, j + printed.length) === undefined) return undefined;
    // Three places to the right: `9.1` → `9100`, `1.2345` → `1234.5`.
    const moved = `${digits}${fraction.padEnd(3, "0")}`;
    const point = digits.length + 3;
    return {
      digits: moved.slice(0, point).replace(/^0+(?=\d)/, ""),
      fraction: moved.slice(point),
      printed,
      name: after ?? "",
      end: j + printed.length,
    };
  }
  const name = SCALE_AFTER[scale];
  if (name === undefined || fraction !== "" || !isDigitCode(c)) return undefined;
  if (text.charCodeAt(j + 1) !== THOUSAND) return undefined;
  // After 亿, the thousands are of 万 (`5千万`); after 万, of the unit (`7千元`), only where 亿 came
  // before the 万 or the unit is a currency (`1万8千人次` stays text).
  let end = j + 2;
  if (name === "亿") {
    if (SCALE_AFTER[text.charAt(end)] !== "万") return undefined;
    end++;
  }
  const unit = unitAt(text, end);
  if (
    unit === undefined ||
    (name === "万" &&
      !YI.test(text.slice(i, j)) &&
      // (Not the 万 of an amount whose 亿 a broken line or a space parted from it: `154\n億 4,966萬7千元`.)
      (!unit.endsWith("元") || YI_BEFORE.test(text.slice(Math.max(0, i - 3), i))))
  )
    return undefined;
  return { digits, fraction: text.charAt(j), printed: `${scale}${text.slice(j, end)}`, name, end };
}

const YI = /[亿億]/;
/** 亿 right before a number, perhaps a space between. */
const YI_BEFORE = /[亿億]\s*$/;
/** `1,153 6千人`: a digit after a number and a space, the tail of a number a PDF broke. */
const afterSpacedDigit = (text: string, i: number): boolean =>
  text.charCodeAt(i - 1) === 0x20 && isDigitCode(text.charCodeAt(i - 2));
/** Whether the code unit after a unit closes its clause: a mark, a bracket, or the text's end. */
const closesClause = (c: number): boolean => Number.isNaN(c) || CLAUSE_MARKS.has(c);
const CLAUSE_MARKS = new Set([..."，。；：、,;:！？）)"].map((m) => m.charCodeAt(0)));
