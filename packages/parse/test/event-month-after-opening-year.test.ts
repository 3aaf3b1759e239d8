import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report whose first sentence states its year alone (`2019年，贵州加快…的步伐。`) and whose next
 * sentence dates an event by a month of that year (`2019年5月，“一云一网一平台”建成上线`): the period
 * is the year, not the event's month. Near-misses keep what they state: an opening with the month
 * (`2019年5月，…`), another year's month after the year, a span of months after it (`2018年1-9月，…`,
 * the months counted). The first case is tuning text `guizhou-yiyun-yiwang-2019`'s first line; the
 * others are edited from it or invented.
 */

const periodOf = (text: string) => parseBulletinText(text).bulletin.issue.period;

describe("an event's month after an opening's year alone", () => {
  test.each([
    {
      what: "the year, over the month of an event of that year",
      text: "2019年,贵州加快运用大数据提升政府治理能力的步伐。2019年5月,“一云一网一平台”建成上线,成功搭建全省数据治理平台。",
      period: { kind: "year", year: 2019 },
    },
    {
      what: "the month an opening opens with",
      text: "2019年5月,“一云一网一平台”建成上线,成功搭建全省数据治理平台。",
      period: { kind: "month", month: "2019-05" },
    },
    {
      what: "another year's month after the year",
      text: "2019年,贵州加快运用大数据提升政府治理能力的步伐。2018年5月,“一云一网一平台”建成上线,成功搭建全省数据治理平台。",
      period: { kind: "month", month: "2018-05" },
    },
    {
      what: "the months from January counted after the year",
      text: "2018年,我局加快推进高新技术企业培育。2018年1-9月,全县高新技术产业产值27.6亿元,同比增长12%。",
      period: { kind: "range", start: "2018-01-01", end: "2018-09-30" },
    },
  ])("parseBulletinText: $what", ({ text, period }) => {
    expect(periodOf(text)).toEqual(period);
  });
});
