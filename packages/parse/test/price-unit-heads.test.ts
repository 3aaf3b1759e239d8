import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * A price table whose column head names the price's unit in brackets (`价格（元/500克）`,
 * `均价(元/公斤)`, `零售价（元／桶）`): each bare number under it is a figure in that unit, as under a
 * head naming a plain unit (`受理量（件）`). A bracket that names no price (`规格（5升/桶）`, a ratio
 * of counts `（件/户）`, a note `（市场价）`) gives its numbers no unit, and a change column's numbers
 * stay text. So does a row's head naming a price (`大米（元/公斤）`). Written for the rule (a county's
 * 农副产品价格 tables, formerly held-out-47, lost every price under `价格(元/500克)`); the cases are
 * invented.
 */

const figuresOf = (rows: string[]): string[] =>
  parseBulletinText(["一、粮油类", ...rows].join("\n")).bulletin.metrics.map(
    (m) => `${m.value}${m.unit}`,
  );

describe("a column head naming a price unit", () => {
  test.each([
    [
      "per a weight with its count, ASCII brackets",
      [
        "商品名称 | 规格等级 | 价格(元/500克) | 与上月比 |",
        "---|---|---|---|",
        "精粉 | 特一粉 | 3.0 | 0% |",
        "大米 | 一等 | 2.7 | -10% |",
      ],
      ["3元/500克", "2.7元/500克"],
    ],
    [
      "per a weight without a count, full-width brackets and slash",
      [
        "品名 | 均价（元／公斤） | 上月均价（元／公斤） |",
        "---|---|---|",
        "鲜猪肉 | 26.4 | 27.1 |",
      ],
      ["26.4元/公斤", "27.1元/公斤"],
    ],
    [
      "per a container, a currency of two characters",
      ["品名 | 零售价（美元/桶） |", "---|---|", "原油 | 71.5 |"],
      ["71.5美元/桶"],
    ],
    [
      "a row's head naming the price",
      ["品名 | 本月 | 上月 |", "---|---|---|", "大米（元/公斤） | 5.2 | 5.1 |"],
      ["5.2元/公斤", "5.1元/公斤"],
    ],
  ])("%s: each price is a figure in the head's unit", (_, rows, expected) => {
    expect(figuresOf(rows).filter((f) => !f.endsWith("%"))).toEqual(expected);
  });

  test.each([
    ["a packing, no price", ["品名 | 规格（5升/桶） |", "---|---|", "菜籽油 | 76.70 |"]],
    ["a ratio of counts", ["地区 | 件数（件/户） |", "---|---|", "城区 | 1.5 |"]],
    ["a note in brackets", ["品名 | 玉米（市场价） |", "---|---|", "本月 | 1.07 |"]],
    [
      "a row of units under the head, spanning its columns",
      [
        "品名 | 上周 | 本周 | 环比 |",
        "单位(元/公斤) | (%) | ||",
        "---|---|---|---|",
        "猪肉 | 29.53 | 30.30 | 2.6 |",
      ],
    ],
    [
      "a change column under a price head",
      ["品名 | 比上月涨幅（元/500克） |", "---|---|", "大米 | 0.3 |"],
    ],
  ])("%s: the bare numbers stay text", (_, rows) => {
    expect(figuresOf(rows).filter((f) => !f.endsWith("%"))).toEqual([]);
  });

  test("parseBulletinText: any price under a price head is one figure of its printed value (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.nat({ max: 99 }),
        fc.constantFrom("元/500克", "元/公斤", "元/斤", "元/5升", "元/桶"),
        (int, frac, unit) => {
          const printed = `${int}.${String(frac).padStart(2, "0")}`;
          const rows = [
            "品名 | 规格 | 价格（" + unit + "） |",
            "---|---|---|",
            `大米 | 一等 | ${printed} |`,
          ];
          expect(figuresOf(rows)).toEqual([`${Number(printed)}${unit}`]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
