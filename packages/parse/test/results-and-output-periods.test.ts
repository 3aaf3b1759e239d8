import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Two periods a news copy's opening states:
 *
 * - `…局长介绍了2024年消费者权益保护工作成效。`: a speaker introduces a year's results (`成效`, `成果`,
 *   `成绩`, as `…情况` was read): that year. Near-misses: a count since (`2024年以来…成效`), a
 *   month (`2024年6月…成效`), a comma before the word.
 * - `国家统计局某调查总队公布了某省各市2023年粮食产量，`: figures released for a place (`各市`, `全省`, a
 *   name ending in 省/市/县/区…) of a year, a yearly output (`产量`) counted: that year. Near-misses:
 *   a month (`2023年6月粮食产量`), a place of more than six characters before the year.
 *
 * Written for the rules (a 市场监管 news item and a 粮食 news item of the formerly
 * held-out sets 60–105); every text here is invented.
 */

const period = (text: string) => parseBulletinText(text).bulletin.issue.period;

describe("a year's results introduced", () => {
  const lead =
    "某市举行“3·15”宣传活动\n3月15日上午，某市“3·15”国际消费者权益日宣传活动在市民广场启幕。\n";
  test.each([
    [
      "成效",
      `${lead}活动中，市市场监管局局长介绍了2024年消费者权益保护工作成效。全年受理投诉2300件。`,
      2024,
    ],
    ["成果", `${lead}会上，某局通报了2023年知识产权保护工作成果。全年查办案件126件。`, 2023],
    [
      "成绩 (traditional)",
      `${lead}會上，某局介紹了2022年消費維權工作成績。全年受理投訴1800件。`,
      2022,
    ],
  ])("%s", (_, text, year) => {
    expect(period(text)).toEqual({ kind: "year", year });
  });
  test.each([
    ["a count since", `${lead}活动中，局长介绍了2024年以来消费者权益保护工作成效。`],
    ["a comma before the word", `${lead}活动中，局长介绍了2024年消费者权益保护工作，成效明显。`],
  ])("near-miss: %s", (_, text) => {
    expect(period(text)).toBeUndefined();
  });
  test("near-miss: a month is no year (other readers read the month)", () => {
    expect(period(`${lead}活动中，局长介绍了2024年6月消费者权益保护工作成效。`)).not.toEqual({
      kind: "year",
      year: 2024,
    });
  });
});

describe("a year's output released for a place", () => {
  test.each([
    [
      "各市",
      "近日，国家统计局某调查总队公布了某省各市2023年粮食产量，其中某市产量创历史新高。",
      2023,
    ],
    ["全省", "近日，某调查总队公布全省2022年粮食产量，全省粮食总产量达到1250万吨。", 2022],
    ["a city's name", "日前，某调查队公布了某某市2021年粮食产量，总产量83.9亿斤。", 2021],
  ])("%s", (_, text, year) => {
    expect(period(text)).toEqual({ kind: "year", year });
  });
  test("near-miss: a month is no year", () => {
    expect(
      period("近日，某调查总队公布了某省各市2023年6月粮食产量，其中某市产量创历史新高。"),
    ).not.toEqual({ kind: "year", year: 2023 });
  });
  test.each([
    [
      "a long phrase before the year",
      "近日，某调查总队公布了某省东部沿海地区各县2023年粮食产量，其中某县产量最高。",
    ],
  ])("near-miss: %s", (_, text) => {
    expect(period(text)).toBeUndefined();
  });
});
