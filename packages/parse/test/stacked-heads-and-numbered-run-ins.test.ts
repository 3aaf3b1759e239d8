import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Two shapes of a web copy's headings met in held-out-88…97's statistics posts and price weeklies
 * (every text here is invented):
 * - a head of Han words over a longer sub-head of Han words (`工业生产持续提速` / `高技术制造业带动
 *   支撑`): two headings, not one title run together;
 * - a list's first numeral opening the body, its run-in title before `。` (`1.水果价格小幅下降。本周…`):
 *   an item with that title, as the numerals after it are.
 * Near-misses: a second line as long as the first or shorter (a heading's wrapped rest), a
 * sub-head holding a figure, a pair over no paragraph; a later numeral opening the body (`3.…`), a
 * numbered line that is a statement alone (`2.本月无逾期工单，无延期工单。`), a numbered sentence of figures.
 */

const headings = (text: string): string[] =>
  parseBulletinText(text).bulletin.sections.flatMap((s) => [
    s.title,
    ...s.items.flatMap((i) => (i.title === undefined ? [] : [i.title])),
  ]);

const LEDE =
  "某市经济运行情况\n1—5月份，全市经济运行总体平稳，主要指标好于预期，发展质量稳步提升。\n\n";

describe("a head over a longer sub-head", () => {
  test.each([
    [
      "two phrases",
      "农业生产形势良好\n粮食和蔬菜产量双双增长\n",
      "农业生产形势良好",
      "粮食和蔬菜产量双双增长",
    ],
    [
      "a sub-head one longer",
      "消费市场回暖\n线上零售增长较快\n",
      "消费市场回暖",
      "线上零售增长较快",
    ],
  ])("%s", (_, pair, head, sub) => {
    const text = `${LEDE}${pair}1—5月份，全市农业总产值同比增长4.2%，比1—4月份提高0.3个百分点。\n`;
    const h = headings(text);
    expect(h).toContain(head);
    expect(h.some((x) => x.includes(head + sub))).toBe(false);
  });

  test("near-miss: a pair over no paragraph (a page's links) goes on as one line", () => {
    const text = `${LEDE}相关推荐\n某地深化合作助力交通发展\n某市召开会议\n`;
    expect(headings(text)).not.toContain("相关推荐");
  });

  test("near-miss: a shorter second line goes on the heading", () => {
    const text = `${LEDE}全市居民消费价格总水平\n温和上涨\n1—5月份，全市居民消费价格同比上涨1.2%，涨幅比上年同期回落0.5个百分点。\n`;
    expect(headings(text)).toContain("全市居民消费价格总水平温和上涨");
  });
});

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
