import { CJK_PUNCT, findAll, HAN } from "./chars";
import type { TextRule } from "./types";

const SPACE = "[ \\u00A0\\t]+";
const BETWEEN_CJK = new RegExp(`(?<=[${HAN}${CJK_PUNCT}])${SPACE}(?=[${HAN}${CJK_PUNCT}])`, "gu");
const UNITS =
  "个百分点|平方米|万亿|万|亿|人次|件|个|家|项|元|次|宗|封|名|人|户|所|台|套|条|篇|份|场|天|小时|分钟|年|月|日|号|时|期|批|类|%|‰|公里|千米|米|吨|千克|倍|余|多";
// Not the space after a table's number (`表3 个人所得税情况`): captions are printed so.
const NUMBER_UNIT = new RegExp(`(?<!表\\d+)(?<=\\d)${SPACE}(?=(?:${UNITS}))`, "gu");

/**
 * `space-between-cjk` — GB/T 15834-2011 5.1 (标点符号的位置): Chinese text has no spaces between
 * characters or before a mark; they come from typing and PDF extraction (`首席事务 代表会`, `一 、`).
 * Ideographic spaces (U+3000) are left alone: they separate names on purpose.
 */
export const spaceBetweenCjk: TextRule = {
  scope: "text",
  code: "space-between-cjk",
  severity: "warning",
  family: "spaces",
  clause: "GB/T 15834-2011 5.1（标点位置）；中文字符之间不留空格（排版惯例）",
  fixable: true,
  explain: {
    "zh-CN": "中文字符之间不应有空格",
    en: "no spaces between Chinese characters",
  },
  example: { wrong: "首席事务 代表会", right: "首席事务代表会" },
  check(full) {
    return findAll(full, BETWEEN_CJK, (m) => ({ offset: m.index, length: m[0].length, fix: "" }));
  },
};

/**
 * `space-number-unit` — GB/T 15835-2011 6.1 and the formatters' house style: a number and its
 * unit or 万/亿 are written together (`5.88万件`, not `5.88 万件`). The space after a table's
 * number in its caption (`表3 个人所得税情况`) is not a unit's.
 */
export const spaceNumberUnit: TextRule = {
  scope: "text",
  code: "space-number-unit",
  severity: "warning",
  family: "spaces",
  clause: "GB/T 15835-2011 6.1（数字与“万”“亿”及中文单位连写）",
  fixable: true,
  explain: {
    "zh-CN": "数字与单位之间不应有空格",
    en: "no space between a number and its unit",
  },
  example: { wrong: "办件150.25 万件", right: "办件150.25万件" },
  check(full) {
    return findAll(full, NUMBER_UNIT, (m) => ({ offset: m.index, length: m[0].length, fix: "" }));
  },
};
