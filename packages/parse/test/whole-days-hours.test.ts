import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report's first sentence opening with its days' whole hours, printed with clock times
 * (`2020年10月1日00:00--31日24:00，全省共报告…`, `2022年4月10日00:00-24:00，…`) as with hours
 * (`0—24时`): the span reported is those days. Hours that stop before the day's end, or such a
 * span inside the sentence, keep their old reading. Every text here is written for the test.
 */

const report = (opening: string) =>
  `新闻动态\n作者：某省卫生健康委 来源：某省卫生健康委 日期：2021-01-05\n${opening}全省共报告法定传染病3125例，死亡3例。其中：\n甲类：0例\n乙类：2201例，死亡3例。`;

const period = (opening: string) => parseBulletinText(report(opening)).bulletin.issue.period;

describe("a report's days given with clock times from 00:00 to 24:00", () => {
  test.each([
    ["2020年10月1日00:00--31日24:00，", "2020-10-01", "2020-10-31"],
    ["2021年3月1日0:00—3月31日24:00，", "2021-03-01", "2021-03-31"],
    ["2019年12月1日00:00至31日24:00,", "2019-12-01", "2019-12-31"],
    ["2023年1月30日00:00-2月5日24:00，", "2023-01-30", "2023-02-05"],
  ])("`%s` covers those days", (opening, start, end) => {
    expect(period(opening)).toEqual({ kind: "range", start, end });
  });

  test("`2022年4月10日00:00-24:00，` is that day", () => {
    expect(period("2022年4月10日00:00-24:00，")).toEqual({ kind: "day", date: "2022-04-10" });
  });

  test.each([
    ["hours that stop before the day's end", "2020年10月1日00:00--31日18:00，"],
    ["such a span inside the sentence", "据统计，2020年10月1日00:00--31日24:00期间，"],
  ])("%s gives no span of days", (_, opening) => {
    expect(period(opening)).toBeUndefined();
  });
});
