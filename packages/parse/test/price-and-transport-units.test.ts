import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Figures met on the formerly held-out-10 texts (issue 14): prices of goods counted per a
 * quantity of them (price monitoring reports: `11.95元/500克`, `94.95元/桶`), and transport's
 * own measures (port and transport monthlies: `611.67万TEU`, `2908万标箱`, `1410亿人公里`). The
 * texts here are written for the tests.
 */

const figures = (text: string) =>
  parseBulletinText(text).bulletin.metrics.map(({ value, unit }) => ({ value, unit }));

const readsFigures = (
  cases: { what: string; text: string; expected: { value: number; unit: string }[] }[],
): void =>
  test.each(cases)("parseBulletinText: $what", ({ text, expected }) => {
    expect(figures(text)).toEqual(expected);
  });

describe("prices counted per a quantity of goods", () => {
  readsFigures([
    {
      what: "a price per a counted weight keeps the count and the weight (traditional page, full-width slash)",
      text: "一、豬肉價格\n牛肉零售均價38.60元／500克，生豬收購均價680元/50公斤。",
      expected: [
        { value: 38.6, unit: "元/500克" },
        { value: 680, unit: "元/50公斤" },
      ],
    },
    {
      what: "a price per a volume, per a weight without a count and per a Latin unit",
      text: "一、食用油\n花生油均价为120.5元/4升，大米均价2.6元/斤，牛肉均价76元/kg。",
      expected: [
        { value: 120.5, unit: "元/4升" },
        { value: 2.6, unit: "元/斤" },
        { value: 76, unit: "元/kg" },
      ],
    },
    {
      what: "a price per a container or piece names it, traditional units written simplified",
      text: "一、副食品\n矿泉水均价2.5元/瓶，活鸡均价45元/隻，燃煤价格850元/噸。",
      expected: [
        { value: 2.5, unit: "元/瓶" },
        { value: 45, unit: "元/只" },
        { value: 850, unit: "元/吨" },
      ],
    },
    {
      what: "a count over a count is no unit: the figure keeps its own (counter-case)",
      text: "一、办理\n本月按期办结23件/25件，回访满意度高。",
      expected: [{ value: 23, unit: "件" }],
    },
    {
      what: "a price before a slash and a Latin word keeps its own unit (counter-case)",
      text: "一、费用\n服务费为30元/kgs计费规则另行公布。",
      expected: [{ value: 30, unit: "元" }],
    },
  ]);

  test("parseBulletinText: a price per a counted weight is one figure of its printed value and the unit as printed (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }),
        fc.nat({ max: 99 }),
        fc.constantFrom("", "5", "50", "500", "2.5"),
        fc.constantFrom("克", "公斤", "千克", "斤", "升", "毫升", "桶", "袋"),
        fc.constantFrom("/", "／"),
        (int, frac, count, per, slash) => {
          const printed = `${int}.${String(frac).padStart(2, "0")}`;
          const found = figures(
            `一、价格\n本周零售均价为${printed}元${slash}${count}${per}，较上周持平。`,
          );
          expect(found).toEqual([{ value: Number(printed), unit: `元/${count}${per}` }]);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("transport's own measures", () => {
  readsFigures([
    {
      what: "containers counted in twenty-foot equivalents, in letters or words, scaled",
      text: "一、港口\n完成集装箱吞吐量25.3万TEU，同比增长4.1%；内河港口完成1.2亿标准箱，沿海港口完成860万标箱。",
      expected: [
        { value: 253_000, unit: "TEU" },
        { value: 120_000_000, unit: "标准箱" },
        { value: 8_600_000, unit: "标箱" },
      ],
    },
    {
      what: "the work of carrying people and goods over a distance, traditional forms written simplified",
      text: "一、周轉量\n完成旅客周轉量96.5億人公里，貨物周轉量1203億噸公里，出動車輛3.2萬輛次。",
      expected: [
        { value: 9_650_000_000, unit: "人公里" },
        { value: 120_300_000_000, unit: "吨公里" },
        { value: 32_000, unit: "辆次" },
      ],
    },
    {
      what: "a weight and a length printed apart stay two figures (counter-case)",
      text: "一、运输\n完成货运量48吨，新建公路12公里。",
      expected: [
        { value: 48, unit: "吨" },
        { value: 12, unit: "公里" },
      ],
    },
  ]);
});
