import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A year's month followed by `以来` (`2015年5月以来，我办…开展巡查`, `2020年3月份以來`) is where a
 * count or a campaign starts, not a month a report covers: the span the report states later
 * (`2015年5月20日-7月31日，卫星共监测到…`) is its period. A month alone (`2015年5月，…`) is still that
 * month. Written for the rule (the corpus's shape, a provincial office's notice on straw burning, is
 * the first).
 */

const period = (opening: string) =>
  parseBulletinText(
    `各市（州）人民政府：\n${opening}\n一、巡查监测情况\n2015年5月20日-7月31日，环境卫星共监测到我省秸秆焚烧火点29个。\n二、工作要求\n请各地高度重视秋季秸秆禁烧工作。`,
  ).bulletin.issue.period;

describe("a month a count starts at is no month reported on", () => {
  test.each([
    "当前，正值秋季收获季节。2015年5月以来，我办在全省范围内连续开展秸秆焚烧巡查监测。现将有关情况通报如下：",
    "当前，正值秋季收获季节。2015年5月份以来，我办在全省范围内连续开展巡查监测。现将有关情况通报如下：",
    "當前，正值秋季收穫季節。2015年5月以來，我辦在全省範圍內連續開展巡查監測。現將有關情況通報如下：",
  ])("parseBulletinText: `%s` leaves the span stated later", (opening) => {
    expect(period(opening)).toEqual({ kind: "range", start: "2015-05-20", end: "2015-07-31" });
  });

  test("parseBulletinText: a month alone is still that month (counter-case)", () => {
    expect(
      period("2015年5月，我办在全省范围内开展秸秆焚烧巡查监测。现将有关情况通报如下："),
    ).toEqual({ kind: "month", month: "2015-05" });
  });
});

/**
 * `自2018年1月1日起，截至2018年12月3日，热线总通话量为86704个`: a span of days whose start is
 * given with `起` and whose end with `截至` after a comma, as `2018年1月1日至12月3日` is.
 */
describe("a span of days from 起 to 截至", () => {
  const news = (sentence: string) =>
    parseBulletinText(
      `某市热线一年来受理来电近4万个\n记者了解到，今年以来，热线共计受理市民来电39528个，日均来电量110个。\n热线办公室工作人员介绍，${sentence}\n工作人员将工单类型分为求助、投诉、建议、咨询等类别。`,
    ).bulletin.issue.period;

  test.each([
    ["自2018年1月1日起，截至2018年12月3日，热线总通话量为86704个。", "2018-01-01", "2018-12-03"],
    ["自2018年1月1日起,截至12月3日,热线总通话量为86704个。", "2018-01-01", "2018-12-03"],
    ["自2021年3月1日起，截止2021年11月30日，共受理诉求5.2万件。", "2021-03-01", "2021-11-30"],
  ])("parseBulletinText: `%s` states those days", (sentence, start, end) => {
    expect(news(sentence)).toEqual({ kind: "range", start, end });
  });

  test("parseBulletinText: a start with 起 alone and no end is no span (counter-case)", () => {
    expect(news("自2018年1月1日起，热线总通话量为86704个。")?.kind).not.toBe("range");
  });
});
