// A table's percentages under a column whose head words say change (同比, 增长, 幅: readTable's
// CHANGE, now asked once a column) stay text, under any other column they are metrics; the head
// cell spanning a column counts too. Each case's rows repeat their columns, so a column's answer
// is given to every row.
import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { MASTHEAD, tableCells } from "./table-cells";

const cases: { name: string; text: string; rows: string[][]; percents: number[] }[] = [
  {
    name: "a share column's percentages are metrics, a 同比 column's stay text, on every row",
    text: `${MASTHEAD}表1 10月各渠道受理情况
渠道 | 受理量（件） | 占比 | 同比 |
电话 | 4528 | 45.3% | 2.1% |
微信 | 2310 | 23.1% | 0.4% |
网站 | 1200 | 12.0% | 3.5% |
二、工作动态
（一）开展培训。10月8日，组织话务员业务培训。
`,
    rows: [
      ["电话", "4528", "45.3%", "2.1%"],
      ["微信", "2310", "23.1%", "0.4%"],
      ["网站", "1200", "12%", "3.5%"],
    ],
    percents: [45.3, 23.1, 12],
  },
  {
    name: "a 增长幅度 column's percentages stay text beside a 办结率 column's metrics",
    text: `${MASTHEAD}表2 10月各区办理情况
区县 | 办结率 | 增长幅度 |
锦江区 | 98.5% | 1.2% |
青羊区 | 97.1% | 0.8% |
二、工作动态
（一）开展培训。10月8日，组织话务员业务培训。
`,
    rows: [
      ["锦江区", "98.5%", "1.2%"],
      ["青羊区", "97.1%", "0.8%"],
    ],
    percents: [98.5, 97.1],
  },
];

describe("table change columns", () => {
  test.each(cases)("readTable: $name", ({ text, rows, percents }) => {
    const { bulletin } = parseBulletinText(text);
    expect(tableCells(bulletin as Bulletin)[0]?.rows).toEqual(rows);
    // The percentages read as metrics: the change columns' are none of them.
    expect(bulletin.metrics.filter((m) => m.unit === "%").map((m) => m.value)).toEqual(percents);
  });
});
