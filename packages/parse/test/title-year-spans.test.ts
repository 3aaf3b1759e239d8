import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `2016-2020年某市医疗机构工作量情况`: a title that names a span of years (`2016-2020年`,
 * `2016—2020年`, `2016年至2020年`) reports on all of them, from the first year's first day to the last
 * year's last day, not on the last year alone. Near-misses that keep their reading: a season or a
 * year of work over the turn of a year (`2020-2021年冬春…`, `2013—2014年度…`), a span inside a cited
 * work's name (`参考…《2018-2023年中国…报告》`), a title stating its
 * months (`2015-2022年1-7月…`: read as before). Every text here is written for the test.
 */

const BODY = "\n\n五年来，全市医疗机构诊疗人次持续增长，年均增长4.2%。";

describe("a title's span of years", () => {
  test.each([
    ["2016-2020年某市医疗机构工作量情况", "2016-01-01", "2020-12-31"],
    ["2016—2020年某市医疗机构工作量情况", "2016-01-01", "2020-12-31"],
    ["某市2009-2013年三级医院工作量统计", "2009-01-01", "2013-12-31"],
    ["2016年至2020年某县农村饮水工程建设情况", "2016-01-01", "2020-12-31"],
    ["2011年-2015年某区城市管理工作回顾", "2011-01-01", "2015-12-31"],
  ])("`%s` reports on %s to %s", (title, start, end) => {
    const { bulletin } = parseBulletinText(`${title}${BODY}`);
    expect(bulletin.issue.period).toEqual({ kind: "range", start, end });
  });

  // Near-misses: a season or a year of work over the turn of a year is no span of whole years.
  test.each([
    ["某市2020-2021年冬春需救助人员评估报告", "2020-01-01", "2021-12-31"],
    ["某县2013—2014年度冬春水利建设总结", "2013-01-01", "2014-12-31"],
    ["某市2019-2020学年教育事业发展情况", "2019-01-01", "2020-12-31"],
    ["参考某研究网发布《2018-2023年中国有线电视产业发展报告》", "2018-01-01", "2023-12-31"],
  ])("`%s` is not read as %s to %s", (title, start, end) => {
    const { bulletin } = parseBulletinText(`${title}${BODY}`);
    expect(bulletin.issue.period).not.toEqual({ kind: "range", start, end });
  });

  test.each([
    ["2015-2022年1-7月某关区进出口情况", { kind: "range", start: "2022-01-01", end: "2022-07-31" }],
    ["2020年某市医疗机构工作量情况", { kind: "year", year: 2020 }],
  ])("`%s` keeps %j", (title, period) => {
    const { bulletin } = parseBulletinText(`${title}${BODY}`);
    expect(bulletin.issue.period).toEqual(period);
  });
});
