import { parseBulletinText } from "@bulletin/parse";
import { type Bulletin, validateBulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A web page's `|` table whose head cells the copy broke over lines (`| 截至2023年 12月31日 |` /
 * `截至2024年 12月31日 |` / `|` / `|---|---|---|`) and under which the reader takes no row: the
 * head's cells are the table's one row (the model has no table without a row, and such a model did
 * not validate; read as text, the cells' short lines would pass for headings). Every example is
 * written for the rule, not taken from a page.
 */

const SUPPLIED = {
  publication: { title: "（调用方提供）", publisher: { name: "（调用方提供）" } },
  issue: { number: 1, publishedOn: "2000-01-01" },
};

const HEAD = [
  "| 截至2023年 12月31日 |",
  "截至2024年 12月31日 |",
  "截至2025年 06月30日 |",
  "|",
  "|---|---|---|---|",
];

const parse = (lines: string[]) =>
  parseBulletinText(
    ["某市社区矫正工作情况", "在册社区矫正对象情况如下。", ...lines].join("\n"),
    SUPPLIED,
  ).bulletin as Bulletin;

const shapes = (b: Bulletin) =>
  tablesOf(b).map((t) => ({
    head: (t.head?.[0] ?? []).map((c) => cellText(b, c)),
    rows: t.rows.length,
  }));

const DATES = ["截至2023年12月31日", "截至2024年12月31日", "截至2025年06月30日", ""];

describe("a | table's broken head with no row under it", () => {
  test.each([
    ["alone", HEAD],
    ["before a sentence", [...HEAD, "以上数据由市司法局提供。"]],
  ])("%s: the head's cells are one row, the model validates, no heading", (_, lines) => {
    const b = parse(lines);
    expect(validateBulletin(b).ok).toBe(true);
    expect(shapes(b)).toEqual([{ head: [], rows: 1 }]);
    const [table] = tablesOf(b);
    expect(table?.rows[0]?.map((c) => cellText(b, c))).toEqual(DATES);
    expect(b.sections.map((s) => s.title).join()).not.toContain("截至");
  });

  test("with a row after the separator: every cell kept in a table, no heading", () => {
    const b = parse([...HEAD, "| 在册人数 | 1864 | 1920 | 2011 |"]);
    expect(validateBulletin(b).ok).toBe(true);
    // (The head is read over the row since s46a: `broken-heads-over-rules.test.ts`.)
    const cells = tablesOf(b).flatMap((t) =>
      [...(t.head ?? []).flat(), ...t.rows.flat()].map((c) => cellText(b, c)),
    );
    expect(cells).toEqual(expect.arrayContaining([...DATES.slice(0, 3), "在册人数", "1864"]));
    expect(b.sections.map((s) => s.title).join()).not.toContain("截至");
  });
});
