// A whole table flattened onto one line of ` | ` cells, head first, run on after a paragraph:
// the line parts into the paragraph and a row a line, and the table reads as when the page kept them apart.
import { parseBulletinText } from "@bulletin/parse";
import type { Block, Inline } from "@bulletin/schema";
import { describe, expect, test } from "vitest";

const TITLE = "襄州区市场监督管理局2022年第一季度全国12315平台消费投诉信息公示\n";

function tablesOf(text: string) {
  const tables: { head: string[]; rows: number; first: string }[] = [];
  const plain = (cell: readonly Inline[] | { content: readonly Inline[] }): string =>
    ("content" in cell ? cell.content : cell)
      .map((n) => (typeof n === "string" ? n : "#"))
      .join("");
  const { bulletin } = parseBulletinText(TITLE + text);
  for (const section of bulletin.sections)
    for (const item of section.items)
      for (const block of (item.body ?? []) as Block[])
        if (!Array.isArray(block) && block.type === "table")
          tables.push({
            head: (block.head?.[0] ?? []).map(plain),
            rows: block.rows.length,
            first: plain(block.rows[0]?.[0] ?? []),
          });
  return tables;
}

describe("flat pipe tables", () => {
  test.each([
    {
      name: "a table run on after a paragraph's last sentence (xiangzhou-12315-2022q1)",
      text: "从平台三大数据来源来看,话务接收302件,占比58.19%。 类型 | 2022年第一季度 | 去年同时期 | 同比(%) | 接收量 | 519 | 427 | 上升21.55% | 受理量 | 431 | 361 | 上升19.39% |\n",
      head: ["类型", "2022年第一季度", "去年同时期", "同比（%）"],
      rows: 2,
      first: "接收量",
    },
    {
      name: "a table alone on its line, its last row without its bar (written for the rule)",
      text: "地区 | 户数 | 9月(万元) | 同比±% | 城关镇 | 36 | 5.12 | 12.5 | 河口镇 | 28 | 3.40 | -6.1 | 新集镇 | 19 | 2.75 | 3.3\n",
      head: ["地区", "户数", "9月（万元）", "同比±%"],
      rows: 3,
      first: "城关镇",
    },
  ])("flat pipe tables: reads $name a row a line", ({ text, head, rows, first }) => {
    const [table] = tablesOf(text);
    expect(table?.head).toEqual(head);
    expect(table?.rows).toBe(rows);
    expect(table?.first).toBe(first);
  });

  test.each([
    {
      name: "rows of a table a row a line, each as wide as the next (county-prices-2024-10)",
      text: "商品名称 | 规格 | 计量单位 | 价格类型 | 上旬 | 中旬 | 下旬 | 本月 | 上月 | 环比 | 备注 | 同比 |\n菜籽油 | 桶装一级压榨 | 元/5升 | 平均价格 | 75 | 75 | 75 | 75 | 75 | 0 | 无 | 1 |\n大豆油 | 桶装一级浸出 | 元/5升 | 平均价格 | 55 | 55 | 55 | 55 | 55 | 0 | 无 | 2 |\n",
      tables: 1,
      rows: 2,
    },
    {
      name: "blank cells between figures after a paragraph (changji-stats-bulletin-2023-trad)",
      text: "人口自然增長率-0.11%。 | | | | | | 100.0 | | | 65.04 | | | 34.96 | | | 48.88 | | | 51.12 | | | 18.78 | | | 21.41 | | | 43.12 | | | |\n",
      tables: 0,
      rows: undefined,
    },
    {
      name: "a paragraph whose last clause is long before the bars",
      text: "全区规上工业企业完成产值情况按行业分列如下各行业企业数与产值 | 企业数 | 10月 | 同比 | 电气机械 | 125 | 18.84 | -34.0 | 汽车制造 | 112 | 18.83 | 28.8 |\n",
      tables: 0,
      rows: undefined,
    },
  ])("flat pipe tables: leaves $name", ({ text, tables, rows }) => {
    const found = tablesOf(text);
    expect(found.length).toBe(tables);
    expect(found[0]?.rows).toBe(rows);
  });
});
