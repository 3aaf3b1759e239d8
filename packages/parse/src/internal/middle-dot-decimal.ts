import { isDigitCode } from "./chars";

/** The middle dot older typesetting prints for a decimal point (`2477·1万元`). */
const MIDDLE_DOT = 0xb7;
/** The scales a figure may have before its unit (`万`, `亿`, either script). */
const SCALE_CHARS = "万亿萬億";
/** Units of time: a dot before them parts a day's or an event's name (`6·18年中促销`), no decimals. */
const TIME_UNIT = /^[年月日天周时分秒]/;

/**
 * The number of decimals after a decimal point printed as a middle dot at `text[j]`, right after a
 * number's whole digits (`总收入2477·1万元`, `增长81·3%`, `1032·5毫米`), as older typesetting and
 * some yearbooks and finance disclosures print it; 0 when none. The decimals (one to six) must be
 * followed by a unit, perhaps after a scale (`unitAt` finds it), so a dot naming a day or an event
 * (`“7·21”暴雨`, `3·15国际消费者权益日`, `9·16地震`) stays text, and so does one before a unit of
 * time (`6·18年中`).
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
  if (text.charCodeAt(j) !== MIDDLE_DOT || !isDigitCode(text.charCodeAt(j - 1))) return 0;
  let k = j + 1;
  while (isDigitCode(text.charCodeAt(k)) && k - j <= 6) k++;
  const decimals = k - j - 1;
  if (decimals === 0 || isDigitCode(text.charCodeAt(k))) return 0;
  const digitsEnd = k;
  while (k - digitsEnd < 2 && k < text.length && SCALE_CHARS.includes(text.charAt(k))) k++;
  const unit = unitAt(text, k);
  return unit === undefined || TIME_UNIT.test(unit) ? 0 : decimals;
}
