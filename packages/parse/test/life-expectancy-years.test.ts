import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Life expectancy, as health plans, statistics bulletins and government work reports print it
 * (batch s14g, a county 卫生 plan: `人均期望寿命76.7岁`): a number in 岁 right after 寿命 (`期望寿命`,
 * `预期寿命`, `平均寿命`, with `为`, `达`, `达到` or `提高到` between) is a figure in the unit 岁. An age
 * elsewhere (`60岁以上老年人`, `年满18岁`, `3岁以下儿童`) stays text: it bounds a group of people and
 * reports nothing. Every text here is written for the test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("life expectancy in 岁", () => {
  test.each([
    ["2010年，人均期望寿命76.7岁，婴儿死亡率7.2‰。", ["76.7岁", "7.2‰"]],
    ["全市居民人均预期寿命达到79.12岁。", ["79.12岁"]],
    ["户籍人口平均预期寿命为80.5岁。", ["80.5岁"]],
    ["人均预期寿命提高到78岁。", ["78岁"]],
    ["居民平均壽命達81.2歲。", ["81.2岁"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    ["为全县60岁以上老年人发放补贴。"],
    ["年满18岁的居民均可参加。"],
    ["全区3岁以下儿童健康管理率达95%。"],
    ["延长健康寿命，为60岁以上老人免费体检。"],
  ])("%s holds no figure in 岁", (body) => {
    expect(figures(body).filter((f) => f.endsWith("岁"))).toEqual([]);
  });
});
