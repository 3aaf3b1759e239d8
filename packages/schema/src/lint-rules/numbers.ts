import { findAll } from "./chars";
import type { TextRule } from "./types";

/** Moves the decimal point of a plain decimal string `by` places to the right. */
export function shiftDecimal(value: string, by: number): string {
  const [int = "0", frac = ""] = value.split(".");
  const digits = int + frac.padEnd(by, "0");
  const point = int.length + by;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const rest = digits.slice(point).replace(/0+$/, "");
  return rest === "" ? whole : `${whole}.${rest}`;
}

const MAGNITUDE: Record<string, [number, string]> = {
  百: [2, ""],
  千: [3, ""],
  十万: [1, "万"],
  百万: [2, "万"],
  千万: [3, "万"],
};

/**
 * `chinese-magnitude` — GB/T 15835-2011 6.3: only 万 and 亿 may stand with Arabic numerals as
 * units; `3千元`, `3百万` are wrong (`3000元`, `300万`). Not 千米, 千克, 百分点 and other units, nor
 * 千公顷, the statistical unit of sown and forest areas (thousand hectares).
 */
export const chineseMagnitude: TextRule = {
  scope: "text",
  code: "chinese-magnitude",
  severity: "warning",
  family: "numbers",
  clause: "GB/T 15835-2011 6.3（4000可写作“四千”，但不能写作“4千”）",
  fixable: true,
  explain: {
    "zh-CN": "阿拉伯数字只能与“万”“亿”连用，不能与“十”“百”“千”连用",
    en: "Arabic numerals combine with 万 and 亿 only, not with 十, 百 or 千",
  },
  example: { wrong: "奖励3千元", right: "奖励3000元" },
  check(full) {
    return findAll(
      full,
      /(?<![\d.])(\d+(?:\.\d+)?)(千万|百万|十万|千|百)(?![米克瓦伏卡焦帕赫兆分位]|公顷)([零〇\d一二三四五六七八九]?)/gu,
      (m) => {
        const [by, suffix] = MAGNITUDE[m[2] as string] as [number, string];
        const length = m[0].length - (m[3] as string).length;
        // `1百零8`: the digits that follow belong to the value; no mend is unambiguous.
        if (m[3] !== "") return { offset: m.index, length };
        return { offset: m.index, length, fix: shiftDecimal(m[1] as string, by) + suffix };
      },
    );
  },
};

/**
 * `split-value` — GB/T 15835-2011 6.3 and house style: a value written as `3亿4500万` reads as one
 * number, `3.45亿`. (The standard does allow a long exact count such as `10亿零817万5288人`; this
 * rule only takes `N亿M万` with nothing after the 万.)
 */
export const splitValue: TextRule = {
  scope: "text",
  code: "split-value",
  severity: "warning",
  family: "numbers",
  clause: "GB/T 15835-2011 6.3（阿拉伯数字与汉字数字同时使用）",
  fixable: true,
  explain: {
    "zh-CN": "数值不宜拆成“亿”和“万”两段，应写为带小数的“亿”",
    en: "write one value with a decimal and 亿, not split into 亿 and 万",
  },
  example: { wrong: "总投资3亿4500万元", right: "总投资3.45亿元" },
  check(full) {
    return findAll(full, /(?<![\d.])(\d+)亿(\d{1,4})万(?![\d零])/gu, (m) => {
      const frac = (m[2] as string).padStart(4, "0").replace(/0+$/, "");
      const fix = `${(m[1] as string).replace(/^0+(?=\d)/, "")}${frac === "" ? "" : `.${frac}`}亿`;
      return { offset: m.index, length: m[0].length, fix };
    });
  },
};

/**
 * `short-year` — GB/T 15835-2011 6.1.4: a year is written in full (`2025年`, not `25年`). Only
 * a two-digit year followed by a month is taken as a date; the century is the issue's.
 */
export const shortYear: TextRule = {
  scope: "text",
  code: "short-year",
  severity: "warning",
  family: "numbers",
  clause: "GB/T 15835-2011 6.1.4（年份不应简写：“1990年”不写为“90年”）",
  fixable: true,
  explain: {
    "zh-CN": "年份不应简写",
    en: "a year is written in full",
  },
  example: { wrong: "25年9月", right: "2025年9月" },
  check(full, { year }) {
    return findAll(
      full,
      /(?<![\d.])['’]?(\d{2})年(?=(?:\d{1,2}|[一二三四五六七八九十]{1,2})月|度)/gu,
      (m) => {
        const yy = Number(m[1]);
        let value = Math.floor(year / 100) * 100 + yy;
        if (value > year + 1) value -= 100;
        return { offset: m.index, length: m[0].length, fix: `${value}年` };
      },
    );
  },
};

/**
 * `decimal-leading-zero` — GB/T 15835-2011 6.1.2 (纯小数): a pure decimal keeps the zero before
 * its point (`0.46`, not `.46`).
 */
export const decimalLeadingZero: TextRule = {
  scope: "text",
  code: "decimal-leading-zero",
  severity: "warning",
  family: "numbers",
  clause: "GB/T 15835-2011 6.1.2（纯小数必须写出小数点前定位的“0”）",
  fixable: true,
  explain: {
    "zh-CN": "纯小数应写出小数点前的“0”",
    en: "a pure decimal keeps the 0 before the point",
  },
  example: { wrong: "增长.46个百分点", right: "增长0.46个百分点" },
  check(full) {
    return findAll(full, /(?<![A-Za-z0-9._\-/\\])\.(\d+)/gu, (m) => ({
      offset: m.index,
      length: m[0].length,
      fix: `0.${m[1]}`,
    }));
  },
};
