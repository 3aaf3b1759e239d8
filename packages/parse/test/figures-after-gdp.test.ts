import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A figure printed right after `GDP`, as statistics bulletins name the aggregate with no verb
 * between (batch s14g, a county 统计公报 in traditional characters: `人均GDP17861元`): the number after
 * `GDP` is read as after a Han label. A number after other Latin letters (`PM2.5`, `G20`, `A3`,
 * a longer word ending in GDP such as `XGDP12`) stays text as before. Every text here is written for
 * the test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("figures right after GDP", () => {
  test.each([
    ["人均GDP17861元，比上年增长7.6%。", ["17861元"]],
    ["全县GDP153.1亿元。", ["15310000000元"]],
    ["人均GDP2.3万元(折合3600美元)。", ["23000元", "3600美元"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    ["PM2.5年均浓度下降。"],
    ["参加G20峰会筹备工作。"],
    ["建成A3级景区。"],
    ["编号XGDP12项目。"],
  ])("%s holds no figure", (body) => {
    expect(figures(body)).toEqual([]);
  });
});
