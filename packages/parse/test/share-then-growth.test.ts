import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An amount, its share, then a change in percent (`成交额366.75亿元，占比57.3%，同比增长18.5%`): the
 * change is the amount's, a share moving in points (`占全省的57.3%，同比提高2.1个百分点`) stays the
 * share's. Every text here is written for the test.
 */

const report = (sentence: string) => `某市科技统计报告\n\n2023年上半年，${sentence}`;

/** Each metric's value and the change it carries (`undefined` for none). */
const changes = (sentence: string) =>
  parseBulletinText(report(sentence)).bulletin.metrics.map((m) => [
    m.value,
    m.comparison?.change,
    m.comparison?.changeUnit,
  ]);

describe("a change in percent after an amount's share", () => {
  test.each([
    [
      "占比",
      "全市技术合同成交额366.75亿元，占比57.3%，同比增长18.5%。",
      [36_675_000_000, 18.5, "percent"],
      [57.3, undefined, undefined],
    ],
    [
      "占…的",
      "全区高新技术企业营业收入812亿元，占全区规上企业的41.2%，与上年度相比增长了9.6%。",
      [81_200_000_000, 9.6, "percent"],
      [41.2, undefined, undefined],
    ],
    [
      "比重, a fall",
      "全县发明专利授权量236件,所占比重为18.4%,同比下降3.5%。",
      [236, -3.5, "percent"],
      [18.4, undefined, undefined],
    ],
    [
      "traditional",
      "全市技術合同成交額52.3億元，佔比21.6%，同比增長7.7%。",
      [5_230_000_000, 7.7, "percent"],
      [21.6, undefined, undefined],
    ],
  ])("%s: the change goes to the amount", (_, sentence, amount, share) => {
    const read = changes(sentence);
    expect(read).toContainEqual(amount);
    expect(read).toContainEqual(share);
  });

  test.each([
    [
      "a share moving in points",
      "全市技术合同成交额366.75亿元，占全省的57.3%，同比提高2.1个百分点。",
      [57.3, 2.1, "points"],
    ],
    [
      "the amount has its own change",
      "全市技术合同成交额366.75亿元，同比增长12.1%，占比57.3%，比上年增长18.5%。",
      [36_675_000_000, 12.1, "percent"],
    ],
    [
      "a share with no amount before it",
      "全市技术合同成交额占全省的57.3%，同比增长18.5%。",
      [57.3, 18.5, "percent"],
    ],
    [
      "a new sentence between",
      "全市技术合同成交额366.75亿元。占比57.3%，同比增长18.5%。",
      [57.3, 18.5, "percent"],
    ],
  ])("%s: as before", (_, sentence, kept) => {
    expect(changes(sentence)).toContainEqual(kept);
  });
});
