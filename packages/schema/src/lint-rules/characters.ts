import { findAll } from "./chars";
import type { TextRule } from "./types";

const WRONG_ZERO = /[零OoＯｏ0０]/gu;

/**
 * `year-zero` — GB/T 15835-2011 6.2.5 (“零”和“〇”): the zero of a year written in Chinese
 * numerals is `〇` (U+3007), never Latin `O`/`o`, the digit `0` or `零` (`二〇二五年`).
 */
export const yearZero: TextRule = {
  scope: "text",
  code: "year-zero",
  severity: "warning",
  family: "characters",
  clause: "GB/T 15835-2011 6.2.5（用作编号、年份时“0”写为“〇”）",
  fixable: true,
  explain: {
    "zh-CN": "汉字数字年份中的零应写为“〇”",
    en: "the zero of a Chinese-numeral year is “〇”",
  },
  example: { wrong: "二O二五年", right: "二〇二五年" },
  check(full) {
    return findAll(
      full,
      /(?<![\d一二三四五六七八九〇零OoＯｏ０])[一二三四五六七八九〇零OoＯｏ0０]{4}(?=年)/gu,
      (m) => {
        const year = m[0];
        const numerals = year.replace(/[^一二三四五六七八九]/gu, "").length;
        if (numerals < 2 || !/[零OoＯｏ0０]/u.test(year)) return undefined;
        return { offset: m.index, length: year.length, fix: year.replace(WRONG_ZERO, "〇") };
      },
    );
  },
};

/**
 * `full-width-alphanumeric` — GB/T 15835-2011 6.1 (阿拉伯数字的使用) and GB/T 15834-2011 5.1:
 * digits and Latin letters in Chinese text are half-width (`123`, not `１２３`).
 */
export const fullWidthAlphanumeric: TextRule = {
  scope: "text",
  code: "full-width-alphanumeric",
  severity: "warning",
  family: "characters",
  clause: "GB/T 15835-2011 6.1（阿拉伯数字使用半角形式）",
  fixable: true,
  explain: {
    "zh-CN": "数字和拉丁字母应使用半角形式",
    en: "digits and Latin letters are half-width",
  },
  example: { wrong: "办件１２３件", right: "办件123件" },
  check(full) {
    return findAll(full, /[０-９Ａ-Ｚａ-ｚ](?:[０-９Ａ-Ｚａ-ｚ]|[．](?=[０-９]))*％?/gu, (m) => ({
      offset: m.index,
      length: m[0].length,
      fix: m[0].normalize("NFKC"),
    }));
  },
};
