import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Three shapes of a statistics table whose figures' changes stand apart from them. A head that
 * names no column of the rows' running numbers, its words one column to the left and a blank cell
 * closing it (`| 地区 | 产量(万吨) | … | |` over `| 1 | 甲市 | 2.5 | … |`): its words are moved over the
 * columns they name. Columns of figures followed by as many columns of their changes in the same
 * order, each change's head opening with its figure's words (`当月产量 | 累计产量 | 当月同比增长(%) |
 * 累计增长(%)`). And a figure, its share and its change on last year (`金额 | 占调整预算% | 比上年增长%`):
 * the change is the figure's, past the share. Near-misses read as before: a head over its numbers
 * (`序号 | 地区 | …`), rows whose numbers do not run, changes in another order, a change naming no
 * year. Written for the rules (formerly held-out-67–78's provincial output table and town budget
 * table); every text here is invented.
 */

interface Shown {
  label: string;
  figure: string;
  change?: number;
}

const metricsOf = (text: string): Shown[] =>
  parseBulletinText(text).bulletin.metrics.map((m) => ({
    label: m.label,
    figure: `${m.value}${m.unit}`,
    ...(m.comparison?.change !== undefined ? { change: m.comparison.change } : {}),
  }));

const page = (table: string): string =>
  `某省2023年1-6月主要产品产量\n一、总体情况\n全省工业生产总体平稳。\n\n${table}\n\n二、说明\n数据为初步统计。\n`;

describe("a head that names no column of running numbers", () => {
  test("its words move over their columns; changes in the same order pair", () => {
    const got = metricsOf(
      page(
        "| 地区 | 当月产量(万吨) | 累计产量(万吨) | 当月同比增长(%) | 累计增长(%) | |\n|---|---|---|---|---|---|\n| 1 | 甲市 | 1.25 | 8.40 | 12.5 | -3.2 |\n| 2 | 乙市 | 0.60 | 3.15 | -40.1 | 6.75 |\n| 3 | 丙市 | 2.05 | 11.80 | 3.3 | 1.1 |",
      ),
    );
    expect(got).toEqual(
      expect.arrayContaining([
        { label: "甲市当月产量", figure: "12500吨", change: 12.5 },
        { label: "甲市累计产量", figure: "84000吨", change: -3.2 },
        { label: "乙市当月产量", figure: "6000吨", change: -40.1 },
        { label: "丙市累计产量", figure: "118000吨", change: 1.1 },
      ]),
    );
  });

  test.each([
    [
      "a head over its numbers",
      "| 序号 | 地区 | 产量(万吨) | 增长(%) |\n|---|---|---|---|\n| 1 | 甲市 | 1.25 | 12.5 |\n| 2 | 乙市 | 0.60 | -40.1 |\n| 3 | 丙市 | 2.05 | 3.3 |",
    ],
    [
      "numbers that do not run",
      "| 地区 | 产量(万吨) | 增长(%) | |\n|---|---|---|---|\n| 2019 | 甲市 | 1.25 | 12.5 |\n| 2021 | 乙市 | 0.60 | -40.1 |\n| 2023 | 丙市 | 2.05 | 3.3 |",
    ],
  ])("%s: read as before", (_, table) => {
    const got = metricsOf(page(table));
    expect(got.some((m) => m.label.endsWith("产量") && m.figure === "12500吨")).toBe(
      table.includes("序号"),
    );
  });

  test("changes in another order than their figures pair with none", () => {
    const got = metricsOf(
      page(
        "| 序号 | 地区 | 当月产量(万吨) | 累计产量(万吨) | 累计增长(%) | 当月同比增长(%) |\n|---|---|---|---|---|---|\n| 1 | 甲市 | 1.25 | 8.40 | 12.5 | -3.2 |\n| 2 | 乙市 | 0.60 | 3.15 | -40.1 | 6.75 |\n| 3 | 丙市 | 2.05 | 11.80 | 3.3 | 1.1 |",
      ),
    );
    expect(got.find((m) => m.label === "甲市当月产量")?.change).toBeUndefined();
  });
});

describe("a change past a share", () => {
  const table = (third: string) =>
    `表1 |||||\n2022年某镇一般公共预算收入执行情况表 |||||\n单位:万元 |||||\n项 目 | 2021年决算数 | 2022年预算调整数 | 2022年执行数 | ||\n金额 | 占调整预算% | ${third} | |||\n税收收入 | 512 | 530 | 560 | 101 | 9.38 |\n非税收入 | 230 | 200 | 180 | 95 | -21.74 |\n收入合计 | 742 | 730 | 740 | 99 | -0.27 |`;

  test("比上年增长% after 占…%: the amount's change", () => {
    const got = metricsOf(table("比上年增长%"));
    expect(got).toEqual(
      expect.arrayContaining([
        { label: "税收收入金额", figure: "5600000元", change: 9.38 },
        { label: "非税收入金额", figure: "1800000元", change: -21.74 },
        { label: "收入合计2021年决算数", figure: "7420000元" },
      ]),
    );
  });

  test("a change naming no year's basis pairs with none", () => {
    const got = metricsOf(table("增减%"));
    expect(got.some((m) => m.change !== undefined)).toBe(false);
  });
});
