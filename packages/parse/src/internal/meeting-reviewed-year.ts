import type { DateSpan } from "@bulletin/schema";

/**
 * `2026年全省商务工作会议`, `2020年县政府系统人大代表建议和政协委员提案办理工作会议`: a meeting named
 * with its year (either script). Group 1 is the year.
 */
const MEETING_OF_YEAR =
  /(\d{4})年度?[\u4e00-\u9fff“”、·]{0,30}?(?:工作)?(?:会议|會議|工作会|工作會)/u;

/**
 * `总结2025年工作`, `回顾总结了2019年县人大代表建议…`, `回顧總結2020年政務服務工作`: a review of a whole
 * year (not `2016年以来`, `2019年上半年`, `2019年第三季度`, `2019年1-9月`). Group 1 is the year.
 */
const REVIEWED_YEAR =
  /(?:[总總][结結]|回[顾顧])(?:[总總][结結]|回[顾顧])?了?(\d{4})年度?(?!以[来來]|至|[上下]半年|前|第|\d|[一二三四]季度)/u;

/**
 * The year before a work meeting's own that the meeting's news says it reviewed: `1月16日，2026年
 * 全省商务工作会议召开，总结2025年工作，部署2026年工作任务` reports on 2025, not on the year its
 * meeting is named with. `period` (a year read from the meeting's name in `titles` or `opening`)
 * gives way to the year before it where both are so named; any other period, a review of the
 * meeting's own year or of part of a year, or no meeting named, keeps `period`.
 */
export function meetingReviewedYear(
  period: DateSpan,
  titles: readonly (string | undefined)[],
  opening: readonly string[],
): DateSpan {
  if (period.kind !== "year") return period;
  const named = [...titles, ...opening].some((t) => {
    const m = t === undefined ? null : MEETING_OF_YEAR.exec(t);
    return m !== null && Number(m[1]) === period.year;
  });
  if (!named) return period;
  for (const text of opening) {
    const m = REVIEWED_YEAR.exec(text);
    if (m !== null && Number(m[1]) === period.year - 1)
      return { kind: "year", year: period.year - 1 };
  }
  return period;
}
