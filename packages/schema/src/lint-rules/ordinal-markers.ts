import { atHead, findAll } from "./chars";
import type { TextRule } from "./types";

const CN = "[一二三四五六七八九十]{1,3}";
const BRACKET_MARK = new RegExp(`([（(]\\s*(?:${CN}|\\d{1,2})\\s*[）)])\\s*[、.．,，]`, "gu");
const HEAD_MARK = new RegExp(`(?<=^|[。；：！？\\n])\\s*(${CN})\\s*[.．,，](?![\\d.．])`, "gu");
const BRACKETED = new RegExp(`[（(]\\s*(${CN}|\\d{1,2})\\s*[）)]`, "gu");

/**
 * `ordinal-bracket-mark` — GB/T 15834-2011 4.5 (顿号) and its note on 序次语: a bracketed
 * marker `（一）` `（1）` takes no mark after it (`（一）、` is wrong).
 */
export const ordinalBracketMark: TextRule = {
  scope: "text",
  code: "ordinal-bracket-mark",
  severity: "warning",
  family: "ordinal-markers",
  clause: "GB/T 15834-2011 4.5.3.5（序次语后用顿号；带括号的序次语后不再加点号）",
  fixable: true,
  explain: {
    "zh-CN": "带括号的序次语后不加标点",
    en: "a bracketed ordinal takes no mark after it",
  },
  example: { wrong: "（一）、数字政府项目建设", right: "（一）数字政府项目建设" },
  check(full, { start }) {
    return findAll(full, BRACKET_MARK, (m) =>
      // `申领(60)、` is a count in a list, not a marker: Arabic numbers only at the head.
      /\d/.test(m[1] as string) && !atHead(full, m.index, start)
        ? undefined
        : { offset: m.index, length: m[0].length, fix: m[1] as string },
    );
  },
};

/**
 * `ordinal-mark` — GB/T 15834-2011 4.5.3.5: a Chinese-numeral marker at the head of a text
 * takes the 顿号 (`一、`), not a full stop or comma (`一.` `一，`).
 */
export const ordinalMark: TextRule = {
  scope: "text",
  code: "ordinal-mark",
  severity: "warning",
  family: "ordinal-markers",
  clause: "GB/T 15834-2011 4.5.3.5（序次语“一”“二”之后用顿号）",
  fixable: true,
  explain: {
    "zh-CN": "汉字序次语后应使用顿号“、”",
    en: "a Chinese-numeral ordinal takes the 顿号 “、”",
  },
  example: { wrong: "一.工作开展情况", right: "一、工作开展情况" },
  check(full, { start }) {
    return findAll(full, HEAD_MARK, (m) => {
      const lead = m[0].length - m[0].trimStart().length;
      const at = m.index + lead;
      // At the head of the text only when nothing of the paragraph comes before it.
      if (m.index === 0 && start > 0) return undefined;
      return { offset: at, length: m[0].length - lead, fix: `${m[1]}、` };
    });
  },
};

/**
 * `ordinal-ascii-brackets` — GB/T 15834-2011 4.9 (括号): ordinal markers take full-width
 * brackets, `（一）` `（1）`, not `(一)` `(1)` or a mix of both.
 */
export const ordinalAsciiBrackets: TextRule = {
  scope: "text",
  code: "ordinal-ascii-brackets",
  severity: "warning",
  family: "ordinal-markers",
  clause: "GB/T 15834-2011 4.9（括号）；GB/T 9704-2012 7.3.3（结构层次序数“（一）”“（1）”）",
  fixable: true,
  explain: {
    "zh-CN": "序次语应使用全角括号",
    en: "an ordinal takes full-width brackets",
  },
  example: { wrong: "(一)数字政府项目建设", right: "（一）数字政府项目建设" },
  check(full, { start }) {
    return findAll(full, BRACKETED, (m) => {
      const inner = m[1] as string;
      const fixed = `（${inner}）`;
      if (m[0] === fixed) return undefined;
      if (/^\d/.test(inner) && m[0].startsWith("(") && m[0].endsWith(")")) {
        // `(1)` in ASCII brackets is an ordinal only at the head of a text or a sentence.
        const prev = m.index === 0 ? "" : full.charAt(m.index - 1);
        const head = m.index === start ? start === 0 : /[。；：！？\s]/.test(prev);
        if (!head) return undefined;
      }
      return { offset: m.index, length: m[0].length, fix: fixed };
    });
  },
};
