import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A statistics bulletin copied flat from its document: the issuer's name and the day of release in
 * brackets (`南城市统计局 (二○二○年三月十八日)`, `(2020年3月)`) run on into the first paragraph on one of
 * the text's first lines, under the title: the issuer is the publisher when nothing else names one, as
 * when the two stand on lines of their own. Near-misses: words that are no body's name before the
 * brackets (`全年经济运行情况 (2020年3月) …`), a bracket holding no date (`南城市统计局（初步统计）…`), a
 * name further down the text. Every text here is written for the test.
 */

const TITLE = "南城市2019年国民经济和社会发展统计公报";
const LEDE =
  "2019年，全市人民在市委、市政府的正确领导下，经济运行总体平稳，全年实现地区生产总值812.3亿元，比上年增长6.5%。";
const REST = "一、综合\n全年全市常住人口达到120.5万人，比上年末增加1.2万人。";
const publisherOf = (line: string, title = TITLE) =>
  parseBulletinText([title, line, REST].join("\n")).bulletin.publication.publisher?.name;

describe("an issuer and its day of release run on into the first paragraph", () => {
  test.each([
    [`南城市统计局 (二○二○年三月十八日) ${LEDE}`, "南城市统计局"],
    [`南城市统计局 (二00七年二月二十六日) ${LEDE}`, "南城市统计局"],
    [`南城市统计局（2020年3月18日）${LEDE}`, "南城市统计局"],
  ])("parseBulletinText: `%s` names %s", (line, publisher) => {
    expect(publisherOf(line)).toBe(publisher);
  });

  test.each([
    ["words that are no body's name", `全年经济运行情况 (2020年3月) ${LEDE}`],
    ["a bracket holding no date", `南城市统计局（初步统计）${LEDE}`],
  ])("parseBulletinText: %s names no publisher", (_, line) => {
    expect(publisherOf(line)).toBeUndefined();
  });

  test("a name further down the text names none", () => {
    const text = [
      TITLE,
      LEDE,
      REST,
      "二、农业",
      "全年粮食产量41.2万吨。",
      "三、工业",
      `南城市统计局 (2020年3月) ${LEDE}`,
    ].join("\n");
    expect(parseBulletinText(text).bulletin.publication.publisher).toBeUndefined();
  });
});
