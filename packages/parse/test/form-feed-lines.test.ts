import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import type { Table } from "@bulletin/schema";
import { describe, expect, test } from "vitest";

/**
 * A PDF's text with the form feed between two pages on a line of its own (`…\n— 2 —\n\f\n…`: the
 * next page's text starts on the line under it), as some extractions and copies give it. The empty
 * line the form feed closes is the page's top, no blank line: a table or a paragraph a page break
 * parts reads as one, as it does when the form feed opens the next page's first line. Found by the
 * `pdf-pages` perturbation (corpus/perturb.ts), which lost 28 tables and 17 figures so.
 */

const tablesOf = (text: string): Table[] =>
  parseBulletinText(text).bulletin.sections.flatMap((s) =>
    s.items.flatMap((i) =>
      i.body.filter((b): b is Table => !Array.isArray(b) && b.type === "table"),
    ),
  );

const shape = (t: Table) => ({
  columns: t.head?.[t.head.length - 1]?.length ?? 0,
  rows: t.rows.length,
});

/** A page break after `lines[at - 1]`: the foot's page number (perhaps a margin over it), a form feed alone. */
const pageBreak = (lines: readonly string[], at: number, foot: string): string =>
  [...lines.slice(0, at), ...foot.split("\n"), "\f", ...lines.slice(at)].join("\n");

const FEET = [
  ["`— 2 —`", "— 2 —"],
  ["`- 2 -` under a blank margin", "\n- 2 -"],
  ["`第 2 页`", "第 2 页"],
  ["a bare page number", "2"],
] as const;

/** A table one cell a line, each cell closed by ` |` (a web copy's and a PDF's form). */
const BARRED = [
  "一、受理情况",
  "本月共受理群众诉求38447件，详情如下：",
  "受理总量 |",
  "诉求来源 |",
  "数量 |",
  "占比 |",
  "38447 |",
  "电话 |",
  "34859 |",
  "90.67% |",
  "|",
  "微信 |",
  "2724 |",
  "7.09% |",
  "|",
  "网站 |",
  "864 |",
  "2.24% |",
  "二、办理情况",
  "本月办结诉求38001件，办结率98.84%。",
];

/** A table whose head is on one line and whose cells are one a line (a PDF's text). */
const CELLS = [
  "一、各区情况",
  "各区受理情况见表1。",
  "表1 各区受理情况",
  "地区",
  "受理量",
  "办结率",
  "城区",
  "1203",
  "99.6%",
  "东区",
  "856",
  "99.3%",
  "西区",
  "642",
  "99.7%",
  "南区",
  "2",
  "100%",
  "二、存在问题",
  "个别单位办理超时。",
];

describe("a form feed alone on its line between two pages", () => {
  for (const [name, lines] of [
    ["a table of ` |` cells", BARRED],
    ["a table one cell a line under its caption", CELLS],
  ] as const) {
    const whole = lines.join("\n");
    const expected = tablesOf(whole).map(shape);

    test(`parseBulletinText: the page's text is read as one (${name})`, () => {
      expect(expected.length).toBe(1);
    });

    for (const [foot, printed] of FEET)
      test.each([4, 6, 9, 11, 13])(
        `parseBulletinText: ${name} a page break parts after its line %i, ${foot} over the form feed, is one table`,
        (at) => {
          expect(tablesOf(pageBreak(lines, at, printed)).map(shape)).toEqual(expected);
        },
      );
  }

  test.each(FEET)(
    "repairExtractedText: a paragraph a page break parts, %s over the form feed, is one paragraph",
    (_, foot) => {
      const lines = [
        "一、总体情况",
        "本月全市政务服务中心共受理各类办件45.6万件，同比增长12.3%，办",
        "结率99.8%，群众满意率99.9%。",
      ];
      expect(repairExtractedText(pageBreak(lines, 2, foot))).toBe(
        repairExtractedText(lines.join("\n")),
      );
    },
  );

  test("parseBulletinText: a figure a page break parts in its number is one figure", () => {
    const lines = [
      "一、总体情况",
      "本月全市政务服务中心共受理各类办件同比增长12.3%，共计114",
      "85件，办结率99.8%。",
    ];
    const metrics = parseBulletinText(pageBreak(lines, 2, "— 1 —")).bulletin.metrics;
    expect(metrics.map((m) => [m.value, m.unit])).toContainEqual([11485, "件"]);
  });
});

describe("what a form feed alone on its line leaves apart (counter-cases)", () => {
  test("parseBulletinText: a blank line under the form feed still parts two tables", () => {
    const first = CELLS.slice(0, 18);
    const second = [
      "表2 各区满意率",
      "地区",
      "满意率",
      "城区",
      "99.1%",
      "东区",
      "98.7%",
      "西区",
      "99.0%",
    ];
    const text = [...first, "— 1 —", "\f", "", ...second, ...CELLS.slice(18)].join("\n");
    expect(tablesOf(text).map(shape)).toEqual([
      { columns: 3, rows: 4 },
      { columns: 2, rows: 3 },
    ]);
  });

  test("repairExtractedText: a heading at the next page's top stays a heading", () => {
    const text = "一、总体情况\n本月受理办件4528件。\n— 1 —\n\f\n二、存在问题\n个别窗口办件超时。";
    expect(repairExtractedText(text).split("\n")).toContain("二、存在问题");
  });

  test("parseBulletinText: a number cell on the next page's first line is a cell, no page number", () => {
    // `2` right under the form feed opens the page: only a page's last line holds its number.
    const text = pageBreak(CELLS, 16, "— 1 —");
    expect(text).toContain("\f\n2\n");
    expect(tablesOf(text).map(shape)).toEqual([{ columns: 3, rows: 4 }]);
  });
});
