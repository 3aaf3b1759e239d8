import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Figures listed together with the unit printed once, after the last (`平均浓度分别为11、24、59、35微克/
 * 立方米`, `受理量分别为120、340和560件`): each number of the list is a figure in that unit, labelled
 * like the last. Only a list said to be one (`分别为`, `依次为`, `分别是`): `1、2月份` (months), `第3、4季度`
 * and numbers listed with no unit after the last are no figures. Every example is written for the
 * rule, not taken from a page.
 */

const metricsOf = (text: string) =>
  parseBulletinText(`一、工作动态\n${text}`).bulletin.metrics.map((m) => `${m.value} ${m.unit}`);

describe("numbers listed with one unit after the last", () => {
  test.each([
    [
      "二氧化硫、二氧化氮、可吸入颗粒物平均浓度分别为11、24、59微克/立方米。",
      ["11 微克/立方米", "24 微克/立方米", "59 微克/立方米"],
    ],
    ["三地受理量分别为120、340和560件，办结率均为100%。", ["120 件", "340 件", "560 件"]],
    ["三个窗口办件量依次为1.2、3.4及5.6万件。", ["12000 件", "34000 件", "56000 件"]],
    ["两项收入分别是35.8与12.6亿元。", ["3580000000 元", "1260000000 元"]],
  ])("parseBulletinText: `%s` gives %j", (text, figures) => {
    const got = metricsOf(text);
    for (const f of figures) expect(got).toContain(f);
  });

  test("parseBulletinText: the list's numbers share the label of the words before the list", () => {
    const { bulletin } = parseBulletinText("一、工作动态\n平均浓度分别为11、24、59微克/立方米。");
    expect(bulletin.metrics.map((m) => m.value)).toEqual([11, 24, 59]);
    // One label for the list, what the words before it say (the words saying it is a list left out).
    expect(new Set(bulletin.metrics.map((m) => m.label))).toEqual(new Set(["平均浓度"]));
  });

  test.each([
    ["1、2月份全市共受理诉求1200件。", ["1200 件"]],
    ["第3、4季度分别受理诉求1200件和1300件。", ["1200 件", "1300 件"]],
    ["编号分别为11、24、59号线。", []],
    ["得分分别为11、24、59，均为优秀。", []],
  ])("parseBulletinText: `%s` gives only %j (counter-case)", (text, figures) => {
    expect(metricsOf(text).sort()).toEqual([...figures].sort());
  });
});
