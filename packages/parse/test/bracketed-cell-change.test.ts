import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A statistics table that prints each year's figure with its change on the year before in
 * brackets, signed (`95 348 (+8.1%)`), or, copied from the page a cell a line, the change on a line
 * of its own under its number (`(-21.1%)`): the signed rate is read as a figure in %, as
 * `甲区（-6.2%）` is after a name. Lines from hongkong-immd-registration-2012-trad and -2021.
 */

const rates = (text: string): number[] =>
  (parseBulletinText(text).bulletin.metrics ?? [])
    .filter((m) => m.unit === "%")
    .map((m) => m.value)
    .sort((a, b) => a - b);

const TITLE = "附錄11 - 生死及婚姻登記服務的統計數字\n";

describe("a signed change in brackets beside or under a table's number", () => {
  test.each([
    [
      "after a number and a space, in a pipe table's cells",
      `${TITLE}登記 | 2010 | 2011 | 2012 |\n出生 | 88 200 | 95 348 (+8.1%) |\n91 343 (-4.2%) |\n死亡 | 42 705 | 42 188 (-1.2%) |\n43 672 (+3.5%) |\n`,
      [-4.2, -1.2, 3.5, 8.1],
    ],
    [
      "on a line of its own under the number",
      `附录11 - 生死及婚姻登记服务的统计数字\n\n\n登记 2019 2020 2021\n出生[备注1] 53 168 41 955\n(-21.1%)\n38 684\n(-7.8%)\n死亡 48 706 50 653\n(+4.0%)\n51 536\n(+1.7%)\n`,
      [-21.1, -7.8, 1.7, 4],
    ],
    [
      "full-width brackets on a line of their own",
      "某区登记数字统计\n\n出生 1 234\n（−3.5%）\n死亡 2 345\n（＋12%）\n",
      [-3.5, 12],
    ],
  ])("%s", (_, text, expected) => {
    expect(rates(text)).toEqual(expected);
  });
});

describe("near misses: no signed change read", () => {
  test.each([
    [
      "a bracketed number with no percent under a number",
      "某区登记数字统计\n\n出生 1 234\n(-21)\n死亡 2 345\n(+4)\n",
      [],
    ],
    [
      "a bracketed signed count beside a table's number",
      `${TITLE}登記 | 2010 | 2011 | 2012 |\n出生 | 88 200 | 95 348 (+12) |\n91 343 (-4) |\n`,
      [],
    ],
    [
      "a range of rates in brackets",
      "某区登记数字统计\n\n出生 1 234\n(-5%~+5%)\n死亡率下降2.5%。\n",
      [2.5],
    ],
    [
      "a bracketed rate with words after it, no bracket closing it",
      "某区登记数字统计\n\n出生 1 234\n(-21.1%以上)\n死亡率下降2.5%。\n",
      [2.5],
    ],
    [
      "a signed rate in brackets after a name (read as before)",
      "某省各市财政收入完成情况\n\n甲区（-6.2%）、乙县(+12.5%)。\n",
      [-6.2, 12.5],
    ],
  ])("%s", (_, text, expected) => {
    expect(rates(text)).toEqual(expected);
  });
});
