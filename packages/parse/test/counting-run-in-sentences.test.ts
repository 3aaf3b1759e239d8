import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A `（一）` item whose first sentence counts twice (`（一）全年抽查5大类82种产品。…`) opens the part's
 * text with its figures: it is no run-in title, and its counts are read. A first sentence with one
 * count or none stays the item's title (`（一）受理量突破1万件。…`). Written for the rule (session 27,
 * s27e); no corpus line copied.
 */

const read = (line: string): { title?: string; figures: string[] } => {
  const { bulletin } = parseBulletinText(`一、基本情况\n${line}\n`);
  const item = bulletin.sections
    .flatMap((s) => s.items)
    .find((i) => i.title !== undefined || i.body.length > 0);
  return {
    ...(item?.title === undefined ? {} : { title: item.title }),
    figures: bulletin.metrics.map((m) => `${m.value}${m.unit}`),
  };
};

describe("a first sentence that counts twice is text", () => {
  test.each([
    ["（一）全年监督抽查5大类82种产品。其中日用消费品类涉及儿童服装等31种产品。", ["82种", "31种"]],
    [
      "（二）本年度抽查共涉及2150家企业生产的2688批次产品。经检验，2051家企业的2540批次产品合格。",
      ["2150家", "2688批次", "2051家", "2540批次"],
    ],
    ["（三）全市共有12個街道、105個社區。各街道均設立服務站。", ["12个", "105个"]],
  ])("%s → %j", (line, figures) => {
    const got = read(line);
    expect(got.title).toBeUndefined();
    expect(got.figures).toEqual(expect.arrayContaining(figures));
  });
});

describe("a first sentence with one count or none stays the title (near-misses)", () => {
  test.each([
    ["（一）受理量突破1万件。本月共受理群众来电9856件。", "受理量突破1万件"],
    ["（一）数字政府项目建设。完成系统对接工作。", "数字政府项目建设"],
    ["（二）2024年12345热线运行情况。本月受理来电3215件。", "2024年12345热线运行情况"],
  ])("%s → %s", (line, title) => {
    expect(read(line).title).toBe(title);
  });
});
