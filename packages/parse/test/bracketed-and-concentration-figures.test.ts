import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Figures of environment and ranking reports (issue 14, tuning batch 9): a signed change printed
 * in brackets after the name it belongs to (`甲区（-6.2%）`), and concentrations in mass per
 * volume (`35微克/立方米`, `1.2毫克/立方米`, `0.5毫克/升`). Examples written for the rules.
 */

const figures = (text: string): string[] =>
  parseBulletinText(`一、总体情况\n${text}`).bulletin.metrics.map(
    (m) => `${m.label}=${m.value}${m.unit}`,
  );

describe("a signed change in brackets after a name", () => {
  test.each([
    {
      text: "降幅前3位的区依次是：甲区（-6.2%）、乙区（-4.8%）、丙区（-3.1%）。",
      found: ["甲区=-6.2%", "乙区=-4.8%", "丙区=-3.1%"],
    },
    {
      text: "增幅较大的县是：丁县(+12.5%)、戊县(9.7%)。",
      found: ["丁县=12.5%", "戊县=9.7%"],
    },
    { text: "综合指数最差的是己市（-0.4%）。", found: ["综合指数最差的是己市=-0.4%"] },
  ])("parseBulletinText: $text", ({ text, found }) => {
    expect(figures(text)).toEqual(found);
  });

  test("parseBulletinText: a minus between two figures is a span, not a sign (`1-5月`, `3-5个`)", () => {
    expect(
      figures("1-5月，全市新增企业3-5个，共受理投诉120件。").map((f) => f.split("=")[1]),
    ).toEqual(["120件"]);
  });

  test("parseBulletinText: a minus after a word, not a bracket, is no sign (`编号A-12%` stays text)", () => {
    expect(
      figures("样品编号A-12%的批次合格，全年抽检860批次。").filter((f) => f.endsWith("%")),
    ).toEqual([]);
  });

  test("parseBulletinText: any bracketed signed percentage after a name is read with its sign (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom("（", "("),
        fc.constantFrom("-", "−", "－", "+", ""),
        (n, digits, open, sign) => {
          const value = n / 10 ** digits;
          const close = open === "（" ? "）" : ")";
          const printed = value.toFixed(digits);
          const text = `变化最大的是庚区${open}${sign}${printed}%${close}。`;
          const negative = sign !== "" && sign !== "+";
          expect(figures(text)).toEqual([`变化最大的是庚区=${negative ? -value : value}%`]);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("concentrations", () => {
  test.each([
    { text: "PM2.5平均浓度为35微克/立方米，同比下降5.4%。", found: "35微克/立方米" },
    { text: "一氧化碳平均浓度为1.2毫克/立方米。", found: "1.2毫克/立方米" },
    { text: "断面氨氮平均浓度为0.52毫克/升。", found: "0.52毫克/升" },
  ])("parseBulletinText: $found is a figure in its unit", ({ text, found }) => {
    expect(
      parseBulletinText(`一、总体情况\n${text}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`),
    ).toContain(found);
  });

  test("parseBulletinText: a pollutant's name with a digit (PM2.5, O3) gives no figure of its own", () => {
    expect(
      parseBulletinText("一、总体情况\nPM2.5和O3浓度为40微克/立方米。").bulletin.metrics.map(
        (m) => `${m.value}${m.unit}`,
      ),
    ).toEqual(["40微克/立方米"]);
  });
});
