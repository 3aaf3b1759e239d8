import { findAll } from "./chars";
import type { TextRule } from "./types";

const OPPOSITE: Record<string, string> = {
  增长: "下降",
  增加: "减少",
  上升: "下降",
  提高: "降低",
  下降: "增长",
  减少: "增加",
  降低: "提高",
};

/**
 * `negative-change` — statistical writing (同比/环比, see the formatters' `formatChange`): a fall
 * is written with the word for it, `同比下降5%`, never `同比增长-5%`.
 */
export const negativeChange: TextRule = {
  scope: "text",
  code: "negative-change",
  severity: "warning",
  family: "changes",
  clause: "统计用语：同比、环比的减少写作“下降5%”，不写“增长-5%”（无国标条款）",
  fixable: true,
  explain: {
    "zh-CN": "变化方向应由“增长/下降”表达，不用负号",
    en: "the direction of a change is said by the word, not by a minus sign",
  },
  example: { wrong: "同比增长-5%", right: "同比下降5%" },
  check(full) {
    return findAll(
      full,
      /(增长|增加|上升|提高|下降|减少|降低)(了?)\s*[-−－]\s*(\d+(?:\.\d+)?)(%|个百分点)/gu,
      (m) => ({
        offset: m.index,
        length: m[0].length,
        fix: `${OPPOSITE[m[1] as string]}${m[2]}${m[3]}${m[4]}`,
      }),
    );
  },
};

/**
 * `rate-difference-percent` — statistical writing: the difference of two rates (办结率,
 * 满意率…) is in 个百分点, not `%`. A warning without a fix: `%` may be meant.
 */
export const rateDifferencePercent: TextRule = {
  scope: "text",
  code: "rate-difference-percent",
  severity: "warning",
  family: "changes",
  clause: "统计用语：两个百分率之差用“个百分点”（无国标条款）",
  fixable: false,
  explain: {
    "zh-CN": "比率的变化一般应以“个百分点”表示",
    en: "a change of a rate is usually in 个百分点 (percentage points)",
  },
  example: { wrong: "按时办结率同比提高1.2%" },
  check(full) {
    return findAll(
      full,
      /率[^。；！？%\n]{0,10}?(?:提高|降低|上升|下降|增长|减少|增加)了?(\d+(?:\.\d+)?%)/gu,
      (m) => {
        const number = m[1] as string;
        return { offset: m.index + m[0].length - number.length, length: number.length };
      },
    );
  },
};
