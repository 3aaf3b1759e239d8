import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A web table copied one cell a line, each cell closed by ` |`, with a Markdown rule under its head
 * (`设区市 |` … `卫星过境日期 |` / `---|---|---|---|---|---|`): the rule's cells give the table's width,
 * even where its cells are words, coordinates and dates that no kinds of figures tell apart. A rule of
 * another width than the cells over it is no such rule. Every example is written for the rule.
 */

const HEAD = ["设区市", "县(市、区)", "乡镇", "中心经度", "中心纬度", "卫星过境日期"];
const ROWS = [
  ["南昌市", "进贤县", "前坊镇", "116°14'37\"E", "28°29'0\"N", "2019年11月22日"],
  ["九江市", "柴桑区", "永安乡", "115°47'56\"E", "29°45'8\"N", "2019年11月21日"],
  ["鹰潭市", "余江区", "中童镇", "116°56'15\"E", "28°18'53\"N", "2019年11月22日"],
];
const cellLines = (rows: readonly (readonly string[])[]) => rows.flat().map((c) => `${c} |`);
const rule = (n: number) => `${Array(n).fill("---").join("|")}|`;

const shapes = (table: readonly string[]) => {
  const b = parseBulletinText(
    [
      "秸秆焚烧遥感监测周报",
      "一、全省秸秆焚烧火点统计结果",
      "本周全省共监测到秸秆焚烧火点3个。",
      "表2 江西省秸秆焚烧遥感监测火点详情",
      ...table,
      "二、下周工作安排",
      "各地要加强巡查。",
    ].join("\n"),
  ).bulletin as Bulletin;
  return tablesOf(b).map((t) => ({
    columns: t.head?.[t.head.length - 1]?.length ?? 0,
    rows: t.rows.length,
    first: (t.rows[0] ?? []).map((c) => cellText(b, c)).join("/"),
  }));
};

describe("a rule under the head of a ` |` table one cell a line", () => {
  test.each([
    ["six columns of words and dates", HEAD, ROWS],
    ["three columns", HEAD.slice(0, 3), ROWS.map((r) => r.slice(0, 3))],
    ["two rows", HEAD, ROWS.slice(0, 2)],
  ])("parseBulletinText: %s take the rule's width", (_, head, rows) => {
    const [t] = shapes([...cellLines([head]), rule(head.length), ...cellLines(rows)]);
    expect(t).toEqual({
      columns: head.length,
      rows: rows.length,
      first: (rows[0] as readonly string[]).join("/").replace("(", "（").replace(")", "）"),
    });
  });

  test("parseBulletinText: a last row cut short is padded", () => {
    const cut = [...cellLines([HEAD]), rule(6), ...cellLines(ROWS), "抚州市 |", "临川区 |"];
    expect(shapes(cut)[0]).toMatchObject({ columns: 6, rows: 4 });
  });

  test("parseBulletinText: a rule of another width than the head's cells gives no width", () => {
    const table = [...cellLines([HEAD]), rule(4), ...cellLines(ROWS)];
    expect(shapes(table).some((t) => t.columns === 6 && t.rows === 3)).toBe(false);
  });
});
