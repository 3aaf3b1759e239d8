import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { tableCells } from "./table-cells";

/**
 * A ` |` table whose rows each stand on a line, a group's label row alone on its line and each of
 * its blank cells a bar alone on a line under it (`二、行政区划 |` / `|` / `|`), as many as fill the
 * head's width: a row of the table, not the table's end (the rows after it were read as a new table
 * under a heading, or as text). Written for the rule (held-out-209's
 * `shenzhen-civil-affairs-2020q2-table`, lines 6–30 below); the near-misses are invented.
 */

const form = [
  "指 标 | 单 位 | 数 量 |",
  "一、民政事业费累计支出 | 万元 | 98,644.9 |",
  "二、行政区划 |",
  "|",
  "|",
  "街道 | 个 | 74 |",
  "三、民政机构和设施 |",
  "|",
  "|",
  "(一)提供住宿的民政机构 | 个 | 42 |",
  "养老机构 | 个 | 34 |",
  "四、社会救助 |",
  "|",
  "|",
  "城市最低生活保障 |",
  "|",
  "|",
  "城市低保人数 | 人 | 3,235 |",
  "城市低保户数 | 户 | 1,577 |",
].join("\n");

const before = "2020年2季度深圳民政统计季报\n";
const after = "\n以上数据为季度快报数。";

const read = (text: string) => tableCells(parseBulletinText(text).bulletin as Bulletin);

describe("a label row whose blank cells are bars alone", () => {
  test("parseBulletinText: keeps the group labels as rows of one table", () => {
    const [table, ...others] = read(`${before}${form}${after}`);
    expect(others).toEqual([]);
    expect(table?.head).toEqual(["指标", "单位", "数量"]);
    expect(table?.rows.map((row) => row[0])).toEqual([
      "一、民政事业费累计支出",
      "二、行政区划",
      "街道",
      "三、民政机构和设施",
      "（一）提供住宿的民政机构",
      "养老机构",
      "四、社会救助",
      "城市最低生活保障",
      "城市低保人数",
      "城市低保户数",
    ]);
    expect(table?.rows[1]).toEqual(["二、行政区划", "", ""]);
    expect(table?.rows[2]).toEqual(["街道", "个", "74"]);
  });
});

describe("near-misses", () => {
  const head = "指 标 | 单 位 | 数 量 |\n一、民政事业费累计支出 | 万元 | 98,644.9 |\n";
  test.each([
    ["fewer bars than its blank cells", "二、行政区划 |\n|\n街道 | 个 | 74 |"],
    ["a sentence over bars", "备注:我市目前有10个婚姻登记处。 |\n|\n|\n街道 | 个 | 74 |"],
  ])("parseBulletinText: %s is no row of the table", (_, rest) => {
    const [table] = read(`${before}${head}${rest}${after}`);
    expect(table?.rows.map((row) => row[0])).toEqual(["一、民政事业费累计支出"]);
  });
});
