import type { DateSpan } from "@bulletin/schema";
import { inYearRange } from "./read-date";

/**
 * A year's round of work a news lede says came to its end: the year (`2019年`, `2020年度`), up to
 * fourteen Han characters naming the work, `工作` or `任务`, perhaps `已`, then `圆满`, `顺利` or
 * `全面` and `结束`, `完成` or `收官` (either script), at a sentence's mark or the line's end:
 * `10月12日，…某县2017年烟叶收购工作圆满结束。`, `2019年政府采购工作已圆满完成，本年度共采购项目473个`.
 */
const COMPLETED_WORK =
  /(?<![\d第])(\d{4})年度?([\u4e00-\u9fff、]{2,14}?)(?:工作|任[务務])(?:已[经經]?)?(?:[圆圓][满滿]|[顺順]利|全面)(?:[结結]束|完成|收官)(?=[，。,；;！!]|$)/;
/** A part of a year or one round of several (`上半年`, `一季度`, `第二次`, `10月份`). */
const PART_OR_ROUND = /第|季度|半年|月|[周週]|旬/;
/** Words of a plan or a demand before the year (`确保`, `要求`, `力争`, `将`). */
const PLAN_LEAD = /[确確]保|要求|力[争爭]|[将將]|[计計][划劃]|[预預][计計]|[争爭]取/;

/**
 * The year of a round of work ({@link COMPLETED_WORK}) the first lines of `opening` that hold a
 * sentence's mark say was completed: a news copy reporting that year's results (`…2017年烟叶收购
 * 工作圆满结束。`). Near-misses: a headline alone (no mark: an event's name, `某区2019年督导评估工作
 * 顺利完成`), part of the year or one round of several (`2021年第二次专项检查工作全面完成`), a plan
 * (`确保2023年秋粮收购工作圆满完成`).
 */
export function completedWorkYear(opening: readonly string[]): DateSpan | undefined {
  for (const text of opening) {
    if (!/[，。；,;]/.test(text)) continue;
    const m = COMPLETED_WORK.exec(text);
    if (m === null) continue;
    const start = Math.max(
      text.lastIndexOf("。", m.index),
      text.lastIndexOf("，", m.index),
      text.lastIndexOf(",", m.index),
    );
    if (
      PART_OR_ROUND.test(m[2] as string) ||
      PLAN_LEAD.test(text.slice(start + 1, m.index)) ||
      !inYearRange(`${m[1]}-01-01`)
    )
      return undefined;
    return { kind: "year", year: Number(m[1]) };
  }
  return undefined;
}
