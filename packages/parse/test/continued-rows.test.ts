import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin, Table } from "@bulletin/schema";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * A `|` table a web page prints with each row broken over lines (issue 14, tuning batch 9): the
 * rows do not open with a bar, and a line that does continues the row above it, the two bars
 * at the break holding an empty cell (`甲县 | 12 | 30 |` / `| 4.1 | 8 |` is `甲县|12|30||4.1|8`).
 * Examples written for the rule.
 */

const tablesOf = (bulletin: Pick<Bulletin, "sections">): Table[] =>
  bulletin.sections.flatMap((s) =>
    s.items.flatMap((i) => i.body.filter((b): b is Table => !Array.isArray(b))),
  );

const cellText = (cell: Table["rows"][number][number]): string =>
  (Array.isArray(cell) ? cell : cell.content)
    .map((n) => (typeof n === "string" ? n : "text" in n ? n.text : "#"))
    .join("");

const lead = "一、收支情况\n各县具体情况如下表：\n";

describe("rows broken over lines", () => {
  const head = "单位 | 收入 | 占预算% | 增幅% | 支出 | 占预算% | 增幅% |";

  test("parseBulletinText: a line that opens with a bar continues the row above, an empty cell at each break", () => {
    const text = `${lead}${head}\n甲县 | 1200 |\n| 5.1 | 3300 |\n| -2.0 |\n乙县 | 800 |\n| 3.4 | 2100 |\n| 6.2 |`;
    const [table] = tablesOf(parseBulletinText(text).bulletin);
    expect(table?.head?.map((r) => r.length)).toEqual([7]);
    const rows = table?.rows.map((r) => r.map(cellText));
    expect(rows?.map((r) => r.length)).toEqual([7, 7]);
    expect(rows?.map((r) => [r[0], r[2], r[5]])).toEqual([
      ["甲县", "", ""],
      ["乙县", "", ""],
    ]);
    expect(rows?.map((r) => r[3])).toEqual(["5.1", "3.4"]);
  });

  test("parseBulletinText: a table printed with bars on every line (bordered) keeps a line a row", () => {
    const text = `${lead}| 单位 | 收入 | 支出 |\n| 甲县 | 1200 | 3300 |\n| 乙县 | 800 | 2100 |`;
    const [table] = tablesOf(parseBulletinText(text).bulletin);
    expect(table?.rows.map((r) => r.map(cellText)[0])).toEqual(["甲县", "乙县"]);
  });

  test("parseBulletinText: a row already as wide as the head is not continued by the next line", () => {
    const text = `${lead}单位 | 收入 | 支出 |\n甲县 | 1200 | 3300 |\n| 乙县 | 800 |`;
    const [table] = tablesOf(parseBulletinText(text).bulletin);
    expect(table?.rows[0]?.map(cellText)[0]).toBe("甲县");
    expect(table?.rows.length).toBe(2);
  });

  test("parseBulletinText: any row broken at its blank cells reads back whole (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: 1, max: 99999 })), {
          minLength: 1,
          maxLength: 6,
        }),
        (values) => {
          const body = values
            .map(([a, b], k) => `单位${"甲乙丙丁戊己".charAt(k)} | ${a} |\n| ${b} |`)
            .join("\n");
          const text = `${lead}单位 | 收入 | 占预算% | 支出 |\n${body}`;
          const [table] = tablesOf(parseBulletinText(text).bulletin);
          const rows = table?.rows.map((r) => r.map(cellText));
          expect(rows?.length).toBe(values.length);
          for (const row of rows ?? []) {
            expect(row.length).toBe(4);
            expect(row[2]).toBe("");
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
