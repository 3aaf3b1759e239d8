import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A price table's column of units (`商品名称 | 规格 | 计量单位 | 本月平均 |…`) whose cells are prices
 * per a quantity of goods (`元/5升`, `元/500克`, `元/公斤`, `元/桶`): each row's bare prices are
 * figures in that unit, as they are under a column of plain units (`件`, `万元`). A column of cells
 * that are no unit (`斤装`, `5升/桶`, a count alone) names none, and a change column (`比上月%`)
 * stays text. Written for the rule (held-out-30's county 价格监测 table lost its prices in
 * `元/5升` and `元/500克`); the cases are invented.
 */

const figuresOf = (rows: string[]): string[] =>
  parseBulletinText(rows.join("\n")).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

const HEAD = "商品名称 | 规格 | 计量单位 | 本月平均 | 上月平均 | 比上月% |";

describe("a column of price units", () => {
  test.each([
    [
      "per a volume and a weight with their counts",
      [
        "菜籽油 | 桶装一级 | 元/5升 | 76.70 | 76.50 | 0.3 |",
        "鲜猪肉 | 精瘦肉 | 元/500克 | 17.09 | 18.13 | -5.7 |",
      ],
      ["76.7元/5升", "76.5元/5升", "17.09元/500克", "18.13元/500克"],
    ],
    [
      "per a weight or a container without a count",
      ["大米 | 粳米 | 元/公斤 | 5.2 | 5.1 | 2.0 |", "纯净水 | 桶装 | 元/桶 | 15 | 15 | 0 |"],
      ["5.2元/公斤", "5.1元/公斤", "15元/桶", "15元/桶"],
    ],
    [
      "a full-width slash and traditional characters",
      [
        "雞蛋 | 新鮮完整 | 元／500克 | 6.08 | 5.80 | 4.8 |",
        "食用油 | 桶裝 | 元/5升 | 57.68 | 57.79 | -0.2 |",
      ],
      ["6.08元/500克", "5.8元/500克", "57.68元/5升", "57.79元/5升"],
    ],
  ])("%s: each price is a figure in its row's unit", (_, rows, expected) => {
    expect(figuresOf([HEAD, ...rows])).toEqual(expected);
  });

  test.each([
    [
      "a column of packings, no units",
      [
        "菜籽油 | 桶装一级 | 5升/桶 | 76.70 | 76.50 | 0.3 |",
        "鲜猪肉 | 精瘦肉 | 斤装 | 17.09 | 18.13 | -5.7 |",
      ],
    ],
    [
      "a ratio of counts, no price",
      [
        "菜籽油 | 桶装一级 | 件/5升 | 76.70 | 76.50 | 0.3 |",
        "鲜猪肉 | 精瘦肉 | 件/500克 | 17.09 | 18.13 | -5.7 |",
      ],
    ],
  ])("%s: the bare numbers stay text", (_, rows) => {
    expect(figuresOf([HEAD, ...rows])).toEqual([]);
  });
});
