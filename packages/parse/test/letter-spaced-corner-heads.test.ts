import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A table's corner cell of two characters letter-spaced to its column's width (`项  目`, `指  标`)
 * before head words single spaces part (`项  目 价格指数 比上年±%`, under `表1 居民消费价格指数`): the
 * two characters are one cell, and the head is as wide as the rows under it. Letter-spaced words
 * (`政  务  服  务`) stay text. Every text here is written for the rule, not taken from a page.
 */

const lead = "三、价格\n全年居民消费价格比上年上涨1.2%。\n";
const after = "\n四、就业\n全年城镇新增就业人员1492人。";

const shape = (text: string) => {
  const bulletin = parseBulletinText(`${lead}${text}${after}`).bulletin as Bulletin;
  return tablesOf(bulletin).map((t) => ({
    head: (t.head?.[t.head.length - 1] ?? []).map((c) => cellText(bulletin, c)),
    rows: t.rows.length,
  }));
};

describe("a letter-spaced corner cell over single-spaced rows", () => {
  test.each([
    [
      "表1  居民消费价格指数(以上年为100)\n项  目 价格指数 比上年±%\n居民消费价格总指数 101.2 1.2\n衣着 102.8 2.8\n居住 100.2 0.2",
      { head: ["项目", "价格指数", "比上年±%"], rows: 3 },
    ],
    [
      "表2  主要农产品产量\n指  标 产量 增长%\n粮食 21774 0.99\n油料 49 8.9\n蔬菜 50523 -1.7",
      { head: ["指标", "产量", "增长%"], rows: 3 },
    ],
  ])("parseBulletinText: %j", (table, expected) => {
    expect(shape(table)).toEqual([expected]);
  });

  test.each([
    ["letter-spaced words", "政  务  服  务\n全年办理政务服务事项12万件。"],
    [
      "a letter-spaced heading over a sentence",
      "工  业 生产平稳\n全年规模以上工业增加值增长5.1%。",
    ],
  ])("parseBulletinText: %s is no table (counter-case)", (_, text) => {
    expect(shape(text)).toEqual([]);
  });
});
