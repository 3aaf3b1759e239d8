import { findAll } from "./chars";
import type { TextFinding, TextRule } from "./types";

const SEP = "(——|～|~|－|-|–|−|—)";
/** A date unit before the dash, and a date after it: `9月16日~18日`, `2025年12月30日-2026年1月2日`. */
const AFTER_DATE = new RegExp(
  `(?<=\\d(?:年|月|日|号))(\\s*)${SEP}(\\s*)(?=\\d{1,4}(?:年|月|日|号))`,
  "gu",
);
/** A bare day or month number before the dash: `1-10月`, `16~18日`, `1-3季度`. */
const BARE_SHORT = new RegExp(
  `(?<=(?<![\\d.])\\d{1,2})(\\s*)${SEP}(\\s*)(?=\\d{1,2}(?:月|日|号|季度|周))`,
  "gu",
);
/** A bare year before the dash: `2020-2025年`. */
const BARE_YEAR = new RegExp(`(?<=(?<![\\d.])\\d{4})(\\s*)${SEP}(\\s*)(?=\\d{4}年)`, "gu");

/**
 * `range-dash` — GB/T 15834-2011 4.13.3 (连接号): ranges of time take the 一字线 `—`
 * (`9月16日—18日`, `1—10月`), not `～`, `~`, `-`, `–` or the 破折号 `——`.
 */
export const rangeDash: TextRule = {
  scope: "text",
  code: "range-dash",
  severity: "warning",
  family: "ranges",
  clause: "GB/T 15834-2011 4.13.3（连接号：时间的起止用一字线“—”）",
  fixable: true,
  explain: {
    "zh-CN": "时间起止应使用一字线“—”",
    en: "a range of dates takes the em dash “—”",
  },
  example: { wrong: "9月16日~18日", right: "9月16日—18日" },
  check(full) {
    const found: TextFinding[] = [];
    for (const re of [AFTER_DATE, BARE_SHORT, BARE_YEAR])
      for (const f of findAll(full, re, (m) =>
        m[0] === "—" ? undefined : { offset: m.index, length: m[0].length, fix: "—" },
      ))
        if (!found.some((g) => g.offset === f.offset)) found.push(f);
    return found;
  },
};

const NUMBER = "(\\d+(?:\\.\\d+)?)";
const VALUE_RANGE = new RegExp(
  `(?<![\\d.])${NUMBER}(\\s*)(～|~|-|－|—|–|至)(\\s*)${NUMBER}(万亿|万|亿|%|‰)`,
  "gu",
);

/**
 * `value-range-unit` — GB/T 15835-2011 6.1.3 (数值范围): a range carries its 万/亿/% on both
 * ends (`5万～10万`, `15%～30%`, not `5～10万`), and takes the 浪纹线 `～` (GB/T 15834-2011 4.13.3).
 */
export const valueRangeUnit: TextRule = {
  scope: "text",
  code: "value-range-unit",
  severity: "warning",
  family: "ranges",
  clause: "GB/T 15835-2011 6.1.3（数值范围：9亿～16亿，不写为9～16亿）",
  fixable: true,
  explain: {
    "zh-CN": "数值范围两端都应带“万”“亿”或“%”",
    en: "both ends of a range of values carry 万, 亿 or %",
  },
  example: { wrong: "5～10万件", right: "5万～10万件" },
  check(full) {
    return findAll(full, VALUE_RANGE, (m) => {
      const [, a, , sep, , b, unit] = m as unknown as string[];
      const dash = sep === "至" ? "至" : "～";
      return {
        offset: m.index,
        length: m[0].length,
        fix: `${a}${unit}${dash}${b}${unit}`,
      };
    });
  },
};
