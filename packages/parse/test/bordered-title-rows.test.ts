import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A web page's `|` table printed with border bars whose title sits in a row of one cell, its blank
 * cells bars with nothing between them (`| 社会救助统计月报表 | ||` over `| 指标名称 | 单位 | 数量 |`):
 * the row is the table's caption, as it is without border bars (`…统计表 | ||`), and the row of
 * words under it is the head, so the rows' figures take the units their `单位` cells name. Two
 * such rows stacked: the upper one is text, as without bars. A row the text writer prints
 * (`| 的 |  |  |`, a space in each blank cell) is no title row. Every text here is written for the test.
 */

type Table = { type: string; caption?: string; head?: unknown[][] };
const parse = (text: string) => parseBulletinText(text).bulletin;
const tables = (text: string): Table[] =>
  parse(text)
    .sections.flatMap((s) => s.items.flatMap((i) => i.body as unknown[]))
    .filter((b): b is Table => !Array.isArray(b) && (b as Table).type === "table");
const heads = (text: string): string[] =>
  tables(text).map((t) => JSON.stringify(t.head).replace(/[^\p{Script=Han}|]/gu, ""));
const figures = (text: string): string[] => parse(text).metrics.map((m) => `${m.value}${m.unit}`);

const body = [
  "| 指标名称 | 单位 | 数量 | ",
  "| 街道合计 | 个 | 2,316 | ",
  "| 救助资金累计支出 | 万元 | 4,512.6 | ",
  "| 城市低保人数 | 人 | 38,204 | ",
];

describe("title rows of bordered | tables", () => {
  test.each([
    [["| 社会救助统计月报表 | ||", ...body], "社会救助统计月报表"],
    [["| 社会救助统计月报表 | ||", "| 2021年度 3月 | ||", ...body], "2021年度3月"],
  ])("%j", (lines, caption) => {
    const text = `一、统计数据\n${lines.join("\n")}`;
    expect(tables(text).map((t) => t.caption)).toEqual([caption]);
    expect(heads(text)).toEqual(["指标名称单位数量"]);
    expect(figures(text)).toEqual(["2316个", "45126000元", "38204人"]);
  });

  // Near-miss: the text writer's row, a space in each blank cell, stays a head row.
  test("the text writer's one-cell row is no title row", () => {
    const text = `一、统计数据\n${["| 社会救助统计月报表 |  |  |", ...body].join("\n")}`;
    expect(tables(text).map((t) => t.caption)).toEqual([undefined]);
  });
});
