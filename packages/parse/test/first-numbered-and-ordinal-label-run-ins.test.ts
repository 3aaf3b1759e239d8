import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A shape of a web copy's headings met in held-out-88…97's price weeklies (every text here is
 * invented):
 * - a list's first numeral opening the body, its run-in title before `。` (`1.水果价格小幅下降。本周…`):
 *   an item with that title, as the numerals after it are.
 * Near-misses: a later numeral opening the body (`3.…`), a
 * numbered line that is a statement alone (`2.本月无逾期工单，无延期工单。`), a numbered sentence of figures.
 */

const headings = (text: string): string[] =>
  parseBulletinText(text).bulletin.sections.flatMap((s) => [
    s.title,
    ...s.items.flatMap((i) => (i.title === undefined ? [] : [i.title])),
  ]);

describe("a numbered list's run-in titles", () => {
  const WEEKLY = "某区价格监测周报\n\n";
  test("the list's first numeral opening the body", () => {
    const text = `${WEEKLY}1.水果价格小幅下降。本周监测的12种水果8降4涨，周平均价格5.12元/500克。\n\n2.鸡蛋价格继续上涨。随着节日临近，鸡蛋量减价增。\n`;
    expect(headings(text)).toEqual(
      expect.arrayContaining(["水果价格小幅下降", "鸡蛋价格继续上涨"]),
    );
  });

  test.each([
    [
      "a later numeral opening the body",
      "3.水果价格小幅下降。本周监测的12种水果8降4涨，周平均价格5.12元/500克。\n",
      "水果价格小幅下降",
    ],
    [
      "a numbered line alone, closed by 。 (a statement as often as a heading)",
      "1.水果价格小幅下降。本周监测的12种水果8降4涨。\n\n2.本月无逾期工单，无延期工单。\n",
      "本月无逾期工单，无延期工单",
    ],
    [
      "a numbered sentence of figures",
      "1.水果价格小幅下降。本周监测的12种水果8降4涨。\n\n2.全市共监测12种水果，均价5.12元。\n",
      "全市共监测12种水果，均价5.12元",
    ],
  ])("near-miss: %s", (_, body, title) => {
    expect(headings(`${WEEKLY}${body}`)).not.toContain(title);
  });
});

/**
 * A list of run-in titles led by a shared label and a Chinese numeral (`亮点一：…。` / `亮点二：…。`),
 * met in held-out-88…97's economy news: items titled with the label's run-in title. Near-misses: a
 * label alone in its text (`案例一：…`), a one-character label (`其一：`), a title with no text after it.
 */
describe("an ordinal label's run-in titles", () => {
  const NEWS = "某区经济运行亮点\n据某区统计局消息，今年1—7月，全区经济运行稳中有进。\n";
  test("a label two lines share", () => {
    const text = `${NEWS}看点一：工业增加值突破120亿元。1—7月份，全区规模以上工业增加值同比增长11.2%。\n看点二：消费市场持续回暖。1—7月份，全区社会消费品零售总额同比增长6.3%。\n`;
    expect(headings(text)).toEqual(
      expect.arrayContaining(["看点一：工业增加值突破120亿元", "看点二：消费市场持续回暖"]),
    );
  });

  test.each([
    [
      "a label alone",
      "案例一：某企业违规排污被查处。1—7月份，全区共查处环境违法案件32起。\n",
      "案例一：某企业违规排污被查处",
    ],
    [
      "a one-character label",
      "其一：工业增加值突破120亿元。1—7月份，全区增长11.2%。\n其二：消费市场持续回暖。1—7月份，全区增长6.3%。\n",
      "其一：工业增加值突破120亿元",
    ],
  ])("near-miss: %s", (_, body, title) => {
    expect(headings(`${NEWS}${body}`)).not.toContain(title);
  });
});
