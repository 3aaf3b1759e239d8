import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A statistics table printed in parts, each under its own section row (`二、社会救助 |`), the
 * columns' head (`指 标 | 单 位 | 数 量 |`) printed over the first part only: a part with no head
 * whose second or later column holds a unit in every row (`城市低保人数 | 人 | 3,235 |`), a bare
 * number right after it, names each row's unit, as a column headed `单位` does. A column of other
 * words (`男`, `正常`), one unit among words, or a single row names none. The cases are invented.
 */

const figuresOf = (text: string): string[] =>
  parseBulletinText(text).bulletin.metrics.map((m) => `${m.label}=${m.value}${m.unit}`);

describe("a headless part's column of units", () => {
  test.each([
    [
      "a 民政 quarterly's part under a section row",
      "一、社会救助\n|\n|\n城市低保人数 | 人 | 3,235 |\n城市低保户数 | 户 | 1,577 |\n临时救助 | 人次 | 513 |\n",
      ["城市低保人数=3235人", "城市低保户数=1577户", "临时救助=513人次"],
    ],
    [
      "a part with a scale in its units and two columns of figures",
      "二、财政收支\n一般公共预算收入 | 亿元 | 52.3 | 48.1 |\n税收收入 | 亿元 | 40.2 | 37.5 |\n",
      [
        "一般公共预算收入=5230000000元",
        "一般公共预算收入=4810000000元",
        "税收收入=4020000000元",
        "税收收入=3750000000元",
      ],
    ],
    [
      "a part of 婚姻登记 counts with a count of couples",
      "三、社会事务\n结婚登记 | 对 | 29,829 |\n离婚登记 | 对 | 16,860 |\n火化遗体数 | 具 | 8,892 |\n",
      ["结婚登记=29829对", "离婚登记=16860对", "火化遗体数=8892具"],
    ],
  ])("%s: each number is a figure in its row's unit", (_, text, expected) => {
    expect(figuresOf(text)).toEqual(expected);
  });

  test.each([
    ["a column of words, no units", "一、名单\n张三 | 男 | 1985 |\n李四 | 女 | 1990 |\n"],
    ["one unit among words", "一、名单\n甲村 | 个 | 12 |\n乙村 | 正常 | 15 |\n"],
  ])("%s: the bare numbers stay text", (_, text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});
