import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A travel rush's days with `持续` (`lasting`) before `至`: `2023年春運從1月7日持續至2月15日，…`
 * (zhengzhou-railway-spring-festival-2023-sensatron-trad). The rush's days are the span the report
 * covers; without a rush's year, or with a last day before the first, no span is read.
 */

const period = (text: string) =>
  parseBulletinText(
    `${text}\n\n春运期间全局共开行临客列车302列，发送旅客56899人次，同比增长5.99%。\n\n客运收入2286257元，同比增长1.6%。`,
  ).bulletin.issue.period;

describe("a travel rush's days lasting to its last day", () => {
  test.each([
    ["2023年春運從1月7日持續至2月15日，鐵路客貨運輸持續高位運行。", "2023-01-07", "2023-02-15"],
    ["2023年春运从1月7日持续至2月15日，铁路客货运输持续高位运行。", "2023-01-07", "2023-02-15"],
    [
      "2024年暑运自7月1日起持续到8月31日，全市铁路预计发送旅客320万人次。",
      "2024-07-01",
      "2024-08-31",
    ],
  ])("parseBulletinText: `%s` covers %s to %s", (text, start, end) => {
    expect(period(text)).toEqual({ kind: "range", start, end });
  });

  test.each([
    // No year of the rush before its days.
    "今年春运从1月7日持续至2月15日，铁路客货运输持续高位运行。",
    // A last day before the first.
    "2023年春运从2月15日持续至1月7日，铁路客货运输持续高位运行。",
    // `持续` after the first day without `至`: the rush's last day is not stated.
    "2023年春运从1月7日开始，客流持续增长，2月15日达到高峰。",
  ])("parseBulletinText: `%s` states no rush's days (counter-case)", (text) => {
    expect(period(text)?.kind).not.toBe("range");
  });
});
