// Table heads printed over two lines and rows that open with their label (issue 14, the family of
// table shapes real copies have): a `|` head whose second line has a blank corner and words only,
// and a column count of cells one a line chosen so that each row opens with its label.
import { parseBulletinText } from "@bulletin/parse";
import { completed } from "@bulletin/testkit";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cellText, MASTHEAD, tablesOf, word } from "./table-cells";

const AFTER = "二、工作动态\n（一）开展培训。10月8日，组织话务员业务培训。\n";

const shapes = (text: string) => {
  const bulletin = completed(parseBulletinText(text));
  return tablesOf(bulletin).map((t) => ({
    caption: t.caption,
    head: t.head?.map((r) => r.map((c) => cellText(bulletin, c))),
    rows: t.rows.map((r) => r.map((c) => cellText(bulletin, c))),
  }));
};

describe("a `|` head printed over two lines", () => {
  test("parseBulletinText: a row of words with a blank corner right under the head is its second line", () => {
    const text = `${MASTHEAD}| 地区 | 受理 | 办结 |\n| | 数量 | 比率 |\n| 锦江区 | 4528 | 98.5% |\n| 青羊区 | 3977 | 99.1% |\n${AFTER}`;
    expect(shapes(text)).toEqual([
      {
        caption: undefined,
        head: [
          ["地区", "受理", "办结"],
          ["", "数量", "比率"],
        ],
        rows: [
          ["锦江区", "4528", "98.5%"],
          ["青羊区", "3977", "99.1%"],
        ],
      },
    ]);
  });

  test("parseBulletinText: any head of two lines over rows of figures keeps both lines and every row (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(word, { minLength: 20, maxLength: 20 }),
        (columns, rows, words) => {
          const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
          const lines = [
            line(words.slice(0, columns)),
            line(["", ...words.slice(10, 10 + columns - 1)]),
            ...Array.from({ length: rows }, (_, r) =>
              line([
                words[6 + r] as string,
                ...Array.from({ length: columns - 1 }, (_, c) => `${r * 10 + c + 1}`),
              ]),
            ),
          ];
          const [table, ...more] = shapes(`${MASTHEAD}${lines.join("\n")}\n${AFTER}`);
          expect(more).toEqual([]);
          expect(table?.head).toHaveLength(2);
          expect(table?.rows).toHaveLength(rows);
        },
      ),
      { numRuns: 60 },
    );
  });

  test("parseBulletinText: a row with a blank label further down is a row of the body (counter-case)", () => {
    const text = `${MASTHEAD}| 地区 | 受理 | 办结 |\n| 锦江区 | 4528 | 98.5% |\n| | 说明 | 未办结 |\n| 青羊区 | 3977 | 99.1% |\n${AFTER}`;
    const [table] = shapes(text);
    expect(table?.head).toEqual([["地区", "受理", "办结"]]);
    expect(table?.rows).toHaveLength(3);
  });

  test("parseBulletinText: a row with a blank corner that holds a figure is a row of the body (counter-case)", () => {
    const text = `${MASTHEAD}| 地区 | 受理 | 办结 |\n| | 12 | 11 |\n| 锦江区 | 4528 | 4501 |\n| 青羊区 | 3977 | 3960 |\n${AFTER}`;
    const [table] = shapes(text);
    expect(table?.head).toEqual([["地区", "受理", "办结"]]);
    expect(table?.rows).toHaveLength(3);
  });
});

describe("cells one a line: each row opens with its label", () => {
  test("parseBulletinText: two columns over two rows under a caption with its unit read as two columns", () => {
    const text = `${MASTHEAD}表1 各区受理情况（单位：件）\n地区 |\n受理量 |\n锦江区 |\n4528 |\n青羊区 |\n3977 |\n${AFTER}`;
    expect(shapes(text)).toEqual([
      {
        caption: "表1 各区受理情况（单位：件）",
        head: [["地区", "受理量"]],
        rows: [
          ["锦江区", "4528"],
          ["青羊区", "3977"],
        ],
      },
    ]);
  });

  test("parseBulletinText: a two-column table of n rows under a caption reads back with n rows (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.integer({ min: 1, max: 99_999 })), {
          minLength: 2,
          maxLength: 6,
        }),
        (rows) => {
          const lines = ["地区 |", "受理量 |", ...rows.flatMap(([w, n]) => [`${w} |`, `${n} |`])];
          const [table] = shapes(`${MASTHEAD}表1 各区受理量\n${lines.join("\n")}\n${AFTER}`);
          expect(table?.head).toEqual([["地区", "受理量"]]);
          expect(table?.rows).toEqual(rows.map(([w, n]) => [w, String(n)]));
        },
      ),
      { numRuns: 60 },
    );
  });
});
