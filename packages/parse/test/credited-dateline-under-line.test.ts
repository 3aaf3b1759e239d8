import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy whose report's paragraph opens on its outlet's dateline and the reporter's credit in
 * brackets (`某某网南城9月12日电（记者 王某）…`, `某某报快讯（记者 李某）…`), on the body's second line under
 * a line that closes a sentence (a summary the page printed under its headline, a teaser), the
 * headline over both: the outlet is the publisher when nothing else names one. A dateline with no
 * reporter's credit under such a line, a credit naming no reporter, a reprint (`据某某网9月12日电`), a
 * dateline further down and one under a sentence with no headline over it name none
 * (`dateline-under-short-line.test.ts` holds that last). Every text here is written for the test.
 */

const HEADLINE = "前8个月全省工业生产稳中有升";
const REST = "其中，制造业增加值同比增长6.1%，高技术制造业增加值同比增长9.4%。";
const publisherOf = (over: string, lede: string) =>
  parseBulletinText(`${HEADLINE}\n${over}\n${lede}\n${REST}`).bulletin.publication.publisher?.name;

const OVER = "全省规模以上工业增加值保持较快增长势头。";

describe("a dated dateline with its reporter's credit under a sentence", () => {
  test.each([
    [
      OVER,
      "某某网南城9月12日电（记者 王某某）记者从某省统计局获悉，前8个月全省工业生产稳中有升，结构持续优化。",
      "某某网",
    ],
    [
      "这位老人说，他从来没有见过这样的场面。",
      "东江晚报快讯（记者李某某）某省统计局今天发布数据，前8个月全省规模以上工业增加值同比增长5.3%。",
      "东江晚报",
    ],
    [
      "熱消息：全省工業生產穩中有升據初步統計，前8個月全省規模以上工業增加值同比增長5.3%，高於全國。",
      "某某財經南城9月12日電（記者王某某）記者從某省統計局了解到，前8個月全省規模以上工業增加值同比增長5.3%。",
      "某某財經",
    ],
  ])("parseBulletinText: under `%s`, `%s` names %s", (over, lede, publisher) => {
    expect(publisherOf(over, lede)).toBe(publisher);
  });

  test.each([
    [
      "a dateline with no reporter's credit",
      "某某网南城9月12日电 记者从某省统计局获悉，前8个月全省工业生产稳中有升，结构持续优化。",
    ],
    [
      "a reprint's dateline",
      "据某某网南城9月12日电（记者 王某某）前8个月全省工业生产稳中有升，结构持续优化。",
    ],
    [
      "a bracket naming no reporter",
      "某某网南城9月12日电（图文）记者从某省统计局获悉，前8个月全省工业生产稳中有升，结构持续优化。",
    ],
  ])("parseBulletinText: %s names no publisher", (_, lede) => {
    expect(publisherOf(OVER, lede)).toBeUndefined();
  });

  test("a dateline under a sentence with no headline over it names none", () => {
    const text = `${OVER}\n某某网南城9月12日电（记者 王某某）记者从某省统计局获悉，前8个月全省工业生产稳中有升。\n${REST}`;
    expect(parseBulletinText(text).bulletin.publication.publisher).toBeUndefined();
  });

  test("a dateline under two sentences' lines names none", () => {
    const text = `${HEADLINE}\n${OVER}\n这位老人说，他从来没有见过这样的场面。\n某某网南城9月12日电（记者 王某某）记者从某省统计局获悉，前8个月全省工业生产稳中有升。\n${REST}`;
    expect(parseBulletinText(text).bulletin.publication.publisher).toBeUndefined();
  });
});
