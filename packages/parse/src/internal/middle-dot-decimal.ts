import { isDigitCode } from "./chars";

/** The middle dot older typesetting prints for a decimal point (`2477·1万元`). */
const MIDDLE_DOT = 0xb7;
/** The scales a figure may have before its unit (`万`, `亿`, either script). */
const SCALE_CHARS = "万亿萬億";
/** Percent signs, either width. */
const PERCENT = "%％";
/**
 * The full stop a copy that turned every point into `。` prints for a decimal point (`余额208。28万亿元`,
 * `及格率为95。78%`): read only before a percent sign or a scale, where no sentence ends.
 */
const FULL_STOP = 0x3002;
/** Units of time: a dot before them parts a day's or an event's name (`6·18年中促销`), no decimals. */
const TIME_UNIT = /^[年月日天周时分秒]/;

/**
 * The number of decimals after a decimal point printed as a middle dot at `text[j]`, right after a
 * number's whole digits (`总收入2477·1万元`, `增长81·3%`, `1032·5毫米`), as older typesetting and
 * some yearbooks and finance disclosures print it; 0 when none. The decimals (one to six) must be
 * followed by a unit, perhaps after a scale (`unitAt` finds it), so a dot naming a day or an event
 * (`“7·21”暴雨`, `3·15国际消费者权益日`, `9·16地震`) stays text, and so does one before a unit of
 * time (`6·18年中`). A full stop between digits is read the same way in copies whose points a
 * converter turned into `。` (`208。28万亿元`, `95。78%`), with one to three decimals before a scale or
 * a percent sign only: a sentence that ends in digits before one that opens with a figure
 * (`下降8.9。1-3月`, `排名第3。2个项目`) stays as printed.
 *
 * @example
 * middleDotDecimals("增长81·3%，", 4, unitAt); // 1
 * middleDotDecimals("3·15国际消费者权益日", 1, unitAt); // 0
 */
export function middleDotDecimals(
  text: string,
  j: number,
  unitAt: (text: string, j: number) => string | undefined,
): number {
  const point = text.charCodeAt(j);
  if ((point !== MIDDLE_DOT && point !== FULL_STOP) || !isDigitCode(text.charCodeAt(j - 1)))
    return 0;
  const most = point === MIDDLE_DOT ? 6 : 3;
  let k = j + 1;
  while (isDigitCode(text.charCodeAt(k)) && k - j <= most) k++;
  const decimals = k - j - 1;
  if (decimals === 0 || isDigitCode(text.charCodeAt(k))) return 0;
  const digitsEnd = k;
  while (k - digitsEnd < 2 && k < text.length && SCALE_CHARS.includes(text.charAt(k))) k++;
  if (point === FULL_STOP && k === digitsEnd && !PERCENT.includes(text.charAt(k))) return 0;
  const unit = unitAt(text, k);
  return unit === undefined || TIME_UNIT.test(unit) ? 0 : decimals;
}
