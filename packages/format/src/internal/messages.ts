import type { FormatErrorCode } from "../errors";
import type { Locale } from "../locale";

/** What a message says: the function that failed, what it expected and the input it got. */
export interface MessageParams {
  fn: string;
  expected: string;
  got: string;
}

// What each code means, in Chinese: the zh-CN message leads with it.
const ZH: Record<FormatErrorCode, string> = {
  "not-finite": "不是有限的数",
  "unsafe-integer": "整数超出安全范围",
  "out-of-range": "超出可表示的范围",
  "negative-amount": "金额为负数",
  "too-many-decimals": "小数位过多",
  "invalid-option": "选项无效",
  "invalid-date": "不是真实的日期",
  "invalid-date-span": "日期或时段无效",
  "missing-reference-year": "缺少年份",
  "invalid-number": "无法识别的数",
  "invalid-money": "无法识别的金额",
  "invalid-quantity": "无法识别的数量",
  "invalid-section-marker": "无法识别的层次序号",
  "invalid-issue-number": "无法识别的期号",
  "invalid-percent": "无法识别的百分数",
  "invalid-change": "无法识别的增减幅度",
};

/** Every code of {@link FormatErrorCode} (the keys of a table typed to have them all). */
export const FORMAT_ERROR_CODES = Object.keys(ZH) as FormatErrorCode[];

const zh =
  (code: FormatErrorCode) =>
  (p: MessageParams): string =>
    `${p.fn}：${ZH[code]}（${code}）：应为${p.expected}，实际为 ${p.got}`;
const en =
  (code: FormatErrorCode) =>
  (p: MessageParams): string =>
    `${p.fn} failed (${code}): expected ${p.expected}, got ${p.got}`;

/**
 * The message of each code in each locale: `toChineseMoney：金额为负数（negative-amount）：应为
 * 0 或以上的金额，实际为 "-5"`; in English `toChineseMoney failed (negative-amount): expected an
 * amount of 0 or more, got "-5"`. `got` is the input, quoted and cut at 40 characters.
 */
export const FORMAT_MESSAGES: Record<
  FormatErrorCode,
  Record<Locale, (p: MessageParams) => string>
> = Object.fromEntries(
  FORMAT_ERROR_CODES.map((code) => [code, { "zh-CN": zh(code), en: en(code) }]),
) as Record<FormatErrorCode, Record<Locale, (p: MessageParams) => string>>;
