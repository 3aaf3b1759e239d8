import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news headline of one phrase over a longer subtitle (副题) of clauses parted by a comma, right over
 * the report's dateline: the headline alone is the title (the subtitle explains it; it is no second
 * half of one headline). Near-misses keep the kicker's reading (both lines one title): the comma in
 * the first line (a kicker of clauses), a second line without a comma, a second line no longer than
 * the first.
 */

const body = "全市规模以上工业增加值同比增长6.2%，社会消费品零售总额增长8.1%。\n";
const titleOf = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a headline over a subtitle of clauses", () => {
  test.each([
    [
      "quoted words in the headline",
      "甲省经济“开门红”",
      "一季度全省生产总值同比增长9.4%，增速居全国前列",
    ],
    ["an ASCII comma", "甲市外贸逆势上扬", "前三季度进出口总值1200亿元,同比增长12.5%"],
    ["a traditional copy", "甲市經濟穩中向好", "上半年全市生產總值增長6.1%，高於全省0.5個百分點"],
  ])("%s: the headline is the title", (_name, headline, subtitle) => {
    expect(titleOf(`${headline}\n${subtitle}\n本报讯（记者 王某）${body}`)).toBe(headline);
  });

  test.each([
    [
      "the comma in the first line",
      "坚持稳中求进，持续扩大开放",
      "甲市外贸进出口总值增长12.5%",
      "坚持稳中求进，持续扩大开放甲市外贸进出口总值增长12.5%",
    ],
    [
      "no comma in the second",
      "聚焦民生实事",
      "甲市新增就业岗位3.2万个",
      "聚焦民生实事甲市新增就业岗位3.2万个",
    ],
    [
      "a second line no longer than the first",
      "甲市外贸进出口稳中有进成绩亮眼",
      "量增质优，再创新高",
      "甲市外贸进出口稳中有进成绩亮眼量增质优，再创新高",
    ],
  ])("%s: kicker and main line stay one title", (_name, first, second, title) => {
    expect(titleOf(`${first}\n${second}\n本报讯（记者 王某）${body}`)).toBe(title);
  });
});
