import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A decimal point printed as a middle dot (`总收入3651·2万元`, `增长47·8%`), as older typesetting and
 * some yearbooks and finance disclosures print it: the number is read whole, not from the digits after
 * the dot. A dot between numbers that is no decimal point stays text: an event's or a day's name
 * (`“7·21”暴雨`, `3·15国际消费者权益日`, `9·16地震`), a time unit after it (`6·18年中促销`), and
 * a product of units (`吨·公里`). Every text here is written for the test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("decimal points printed as middle dots", () => {
  test.each([
    ["全年总收入3651·2万元。", ["36512000元"]],
    ["较上年增长47·8%。", ["47.8%"]],
    ["基本支出2208·37万元，含人员经费966·05万元。", ["22083700元", "9660500元"]],
    ["专项支出512·6万元，86·4%用于平台建设。", ["5126000元", "86.4%"]],
    ["全年降水量1032·5毫米。", ["1032.5毫米"]],
    ["食品价格上涨2·7%，衣着价格下降0·6%。", ["2.7%", "0.6%"]],
    ["安置群众1·2万人。", ["12000人"]],
    // Near-misses: no decimal point.
    ["全力应对“7·21”特大暴雨，转移群众3200人。", ["3200人"]],
    ["开展3·15国际消费者权益日宣传，受理投诉56件。", ["56件"]],
    ["受9·16地震影响，修复房屋128户。", ["128户"]],
    ["参加6·18年中促销商户45家。", ["45家"]],
    ["完成货物周转量12·5亿。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
