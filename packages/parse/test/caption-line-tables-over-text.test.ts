import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A table whose caption opens the text (`指标:工业增加值_同比增长(%) | ||||||`, its `|` rows under
 * it) and a paragraph after it: the caption line holds the table, so taking it as the text's
 * headline dropped the whole table without a warning (formerly held-out-70's provinces table, moved
 * to tuning when it lost its rows). A line holding a table is that table's caption: it is no title
 * and no title's second line. The cases are invented.
 */

type Block = { type?: string; caption?: string; rows?: unknown[][] } | unknown[];
const tables = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  const blocks = bulletin.sections.flatMap((s) => s.items.flatMap((i) => i.body as Block[]));
  return {
    title: bulletin.publication.title,
    tables: blocks.filter(
      (b): b is { type: string; caption?: string; rows: unknown[][] } =>
        !Array.isArray(b) && b.type === "table",
    ),
  };
};

const rows = [
  "地区 | 2024年3月 | 2024年2月 | 2024年1月 |",
  "甲省 | 8.7 | 10 | 7.3 |",
  "乙省 | 10.7 | 12.6 | 14 |",
  "丙自治区 | 8.2 | 7.3 | -2.1 |",
];
const note = "注:1.从2011年起,规模以上工业企业起点标准提高到年主营业务收入2000万元。 | |||";
const after = "2.自2013年起,1-2月份工业数据一起调查,一起发布。";

describe("a table's caption opening the text, a paragraph after the table", () => {
  test.each([
    ["指标:工业增加值_同比增长(%) | |||", "指标：工业增加值_同比增长（%）"],
    ["表1 各地区工业增加值增速 | |||", "各地区工业增加值增速"],
  ])("`%s` keeps its table (caption %s), and is no title", (caption, read) => {
    for (const tail of [[note, after], [after], [after, "数据来源:某省统计局 |"]]) {
      const got = tables([caption, ...rows, ...tail].join("\n"));
      expect(got.tables, tail.join(" / ")).toHaveLength(1);
      expect(got.tables[0]?.rows).toHaveLength(3);
      expect(got.tables[0]?.caption ?? "").toContain(read);
      expect(got.title).toBeUndefined();
    }
  });

  test("the rows' labels are kept in the model", () => {
    const got = tables(["指标:工业增加值_同比增长(%) | |||", ...rows, note, after].join("\n"));
    const text = JSON.stringify(got.tables);
    for (const label of ["甲省", "乙省", "丙自治区"]) expect(text).toContain(label);
  });
});

describe("a headline over a table stays the title (near-misses)", () => {
  test("a report's headline, then its caption and table, then a paragraph", () => {
    const got = tables(
      [
        "2024年一季度各地区工业生产情况",
        "表1 各地区工业增加值增速",
        ...rows,
        "一季度，全省规模以上工业增加值同比增长6.1%，比上年同期加快0.9个百分点。",
      ].join("\n"),
    );
    expect(got.title).toBe("2024年一季度各地区工业生产情况");
    expect(got.tables).toHaveLength(1);
  });
});
