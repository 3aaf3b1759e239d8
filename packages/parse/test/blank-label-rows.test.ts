import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A `|` table whose body holds rows with a label and no figures (`资源税 | |||||`: a budget line the
 * office filled with nothing), one or several in a row, a row with figures after them: each is a
 * row of the table, no caption of a next table (the table was cut there and the labels of a run
 * of such rows were lost, formerly held-out-70's town budget, moved to tuning when it lost them).
 * A caption (`表2 | |||||`, `…执行情况表 | |||||`), a note and a label with no row of figures after
 * it still end the table. The cases are invented.
 */

type Table = { type: string; caption?: string; rows: { text?: string }[][][] };
const tablesOf = (text: string): Table[] =>
  parseBulletinText(text)
    .bulletin.sections.flatMap((s) => s.items.flatMap((i) => i.body as unknown[]))
    .filter((b): b is Table => !Array.isArray(b) && (b as Table).type === "table");
const labels = (t: Table | undefined): string[] =>
  (t?.rows ?? []).map((row) => JSON.stringify(row[0] ?? []).replace(/[^\p{Script=Han}、]/gu, ""));

const head = [
  "表1 | ||||",
  "某镇一般公共预算收入执行情况表 | ||||",
  "项目 | 上年决算数 | 本年调整预算数 | 本年执行数 | 比上年增长% |",
];
const one = ["一、税收收入 | 380 | 410 | 412 | 8.42 |", "增值税 | 250 | 270 | 271 | 8.40 |"];

describe("rows with a label and no figures inside a | table", () => {
  test.each([
    [
      ["矿产资源税 | ||||", "城建税 | 15 | 20 | 21 | 40.00 |"],
      ["矿产资源税", "城建税"],
    ],
    [
      [
        "车船使用税 | ||||",
        "耕地税 | ||||",
        "契约税 | ||||",
        "其他税种收入 | ||||",
        "合计 | 395 | 430 | 433 | 9.62 |",
      ],
      ["车船使用税", "耕地税", "契约税", "其他税种收入", "合计"],
    ],
    [
      ["二、非税收入 | ||||", "行政收费收入 | ||||", "罚款收入 | 4 | 2 | 2 | -50.00 |"],
      ["二、非税收入", "行政收费收入", "罚款收入"],
    ],
  ])("%j stay rows of the table", (body, expected) => {
    const tables = tablesOf([...head, ...one, ...body].join("\n"));
    expect(tables).toHaveLength(1);
    expect(labels(tables[0])).toEqual(["一、税收收入", "增值税", ...expected]);
  });
});

describe("lines that still end the table (near-misses)", () => {
  const next = [
    "某镇一般公共预算支出执行情况表 | ||||",
    "项目 | 上年决算数 | 本年调整预算数 | 本年执行数 | 比上年增长% |",
    "一般公共服务 | 300 | 320 | 318 | 6.00 |",
    "教育支出 | 20 | 22 | 22 | 10.00 |",
  ];
  test("a numbered caption with empty cells opens the next table", () => {
    const tables = tablesOf([...head, ...one, "表2 | ||||", ...next].join("\n"));
    expect(tables).toHaveLength(2);
    expect(labels(tables[0])).toEqual(["一、税收收入", "增值税"]);
  });
  test("a title numbered as a point with empty cells ends the table", () => {
    const tables = tablesOf(
      [...head, ...one, "2、某镇政府性基金收入 | ||||", ...next.slice(1)].join("\n"),
    );
    expect(labels(tables[0])).toEqual(["一、税收收入", "增值税"]);
  });
  test("a title ending in 表 with empty cells opens the next table", () => {
    const tables = tablesOf([...head, ...one, ...next].join("\n"));
    expect(tables).toHaveLength(2);
  });
  test("a note with empty cells closes the table", () => {
    const tables = tablesOf(
      [...head, ...one, "注：本表数据为快报数 | ||||", "以上为全年情况。"].join("\n"),
    );
    expect(tables).toHaveLength(1);
    expect(labels(tables[0])).toEqual(["一、税收收入", "增值税"]);
  });
  test("a label with no row of figures after it is no row", () => {
    const tables = tablesOf(
      [...head, ...one, "附件下载 | ||||", "全镇财政运行总体平稳。"].join("\n"),
    );
    expect(tables).toHaveLength(1);
    expect(labels(tables[0])).toEqual(["一、税收收入", "增值税"]);
  });
  test("a label row of another width is no row", () => {
    const tables = tablesOf(
      [...head, ...one, "相关链接 | |", "契约税 | 1 | 1 | 1 | 0.00 |"].join("\n"),
    );
    expect(labels(tables[0])).toEqual(["一、税收收入", "增值税"]);
  });
});
