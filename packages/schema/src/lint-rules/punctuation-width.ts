import {
  atHead,
  charAt,
  charBefore,
  findAll,
  inRanges,
  isCjk,
  isDigit,
  isHan,
  protectedRanges,
} from "./chars";
import type { TextRule } from "./types";

const FULL: Record<string, string> = { ",": "，", ":": "：", ";": "；", "?": "？", "!": "！" };
const CN_ORDINAL = /^\s*[一二三四五六七八九十]{1,3}\s*$/;
const DIGIT_ORDINAL = /^\s*\d{1,2}\s*$/;

/**
 * `half-width-punctuation` — GB/T 15834-2011 5.1.1: in Chinese text a mark takes the place of
 * one character, that is, it is the full-width form. Only marks with Chinese on both sides (or
 * Chinese and a number) are changed: never `1,000`, `15:40`, URLs, e-mail addresses or Latin runs.
 */
export const halfWidthPunctuation: TextRule = {
  scope: "text",
  code: "half-width-punctuation",
  severity: "warning",
  family: "punctuation-width",
  clause: "GB/T 15834-2011 5.1.1（标点符号占一个字的位置：中文中用全角标点）",
  fixable: true,
  explain: {
    "zh-CN": "中文之间应使用全角标点",
    en: "Chinese text takes full-width punctuation",
  },
  example: { wrong: "全省办件5.88万件,同比增长12.3%", right: "全省办件5.88万件，同比增长12.3%" },
  check(full, { start, end }) {
    const guard = protectedRanges(full);
    const marks = findAll(full, /[,:;?!]/g, (m) => {
      const i = m.index;
      if (inRanges(guard, i)) return undefined;
      const left = charBefore(full, i);
      const right = charAt(full, i + 1);
      if (isDigit(left) && isDigit(right)) return undefined;
      const ok =
        (isCjk(left) && (isCjk(right) || isDigit(right))) ||
        ((isCjk(left) || isDigit(left) || left === "%") && isCjk(right)) ||
        (/^[A-Za-z]$/.test(left) && isHan(right)) ||
        (isHan(left) && right === "" && i + 1 >= end);
      return ok ? { offset: i, length: 1, fix: FULL[m[0]] as string } : undefined;
    });
    const brackets = findAll(full, /\(([^()\n]{0,60})\)/g, (m) => {
      const i = m.index;
      const inner = m[1] as string;
      // Ordinal markers are `ordinal-ascii-brackets`'s: `(一)` anywhere, `(1)` at a head.
      if (CN_ORDINAL.test(inner) || (DIGIT_ORDINAL.test(inner) && atHead(full, i, start)))
        return undefined;
      if (inRanges(guard, i) || /:\/\/|@/.test(inner)) return undefined;
      const left = charBefore(full, i);
      const right = charAt(full, i + m[0].length);
      const ok = /\p{Script=Han}/u.test(inner) || (isCjk(left) && (isCjk(right) || right === ""));
      return ok ? { offset: i, length: m[0].length, fix: `（${inner}）` } : undefined;
    });
    return [...marks, ...brackets];
  },
};
