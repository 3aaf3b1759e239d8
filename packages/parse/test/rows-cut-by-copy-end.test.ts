import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A page's copy cut short inside a table (the stored copy keeps the page's opening part): its last
 * line is the start of a row, a label cut mid-word (`    教育文化和娱`) or a label and fewer figures
 * than the head. That line is the table's last row, padded with blank cells (a
 * `table-row-padded` warning), not a line of text. A short line after the table that is not the
 * copy's end, a sentence at the end, or one character (`第`, no label yet) is no row. Every text here is written for the rule.
 */

const lead = "三、价格\n全年居民消费价格比上年上涨1.2%。\n";
const TABLE =
  "表1  居民消费价格指数(以上年为100)\n项目 价格指数 比上年±%\n居民消费价格总指数 101.2 1.2\n衣着 102.8 2.8\n居住 100.2 0.2\n";
const GAPS =
  "表2  各区受理情况\n地区    受理量    办结量\n城区    1420    1398\n新区    862    851\n";

const shape = (text: string) => {
  const parsed = parseBulletinText(`${lead}${text}`);
  const bulletin = parsed.bulletin as Bulletin;
  return {
    tables: tablesOf(bulletin).map((t) => ({
      rows: t.rows.length,
      last: (t.rows[t.rows.length - 1] ?? []).map((c) => cellText(bulletin, c)),
    })),
    padded: parsed.warnings.some((w) => w.code === "table-row-padded"),
  };
};

describe("a table's last row cut by the copy's end", () => {
  test.each([
    ["a label cut mid-word", `${TABLE}    教育文化和娱`, 4, ["教育文化和娱", "", ""]],
    ["a label and one figure", `${TABLE}交通和通信 104.6`, 4, ["交通和通信", "104.6", ""]],
    ["a label after blank lines", `${TABLE}    教育文化和娱\n\n`, 4, ["教育文化和娱", "", ""]],
    ["a label under rows gaps part", `${GAPS}高新`, 3, ["高新", "", ""]],
  ])("parseBulletinText: %s is the last row", (_, text, rows, last) => {
    expect(shape(text)).toEqual({ tables: [{ rows, last }], padded: true });
  });

  test.each([
    [
      "a short line that is not the copy's end",
      `${TABLE}教育文化和娱\n四、就业\n全年城镇新增就业人员1492人。`,
    ],
    ["a sentence at the end", `${TABLE}以上数据为初步统计。`],
    ["one character, no label yet", `${TABLE}第`],
  ])("parseBulletinText: %s is no row (counter-case)", (_, text) => {
    expect(shape(text)).toEqual({
      tables: [{ rows: 3, last: ["居住", "100.2", "0.2"] }],
      padded: false,
    });
  });
});
