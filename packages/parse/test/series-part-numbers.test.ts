import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A bulletin of a series numbered by a bracketed numeral after its name (`水情通报(二)`,
 * `防汛工作简报（3）`; the misses of `held-out-12` read as a family): the numeral is the issue's
 * number, as `第2期` would be, and no year is invented. A bracket after a title of another kind
 * (`…的通知（二）`) or holding more than a numeral (`（试行）`, `（2023年）`, `（一季度）`) numbers
 * nothing. Every example here is written for the rule, not taken from a page.
 */

const lede = "3月20日以来，全市平均降雨量104.0毫米，11座大中型水库有5座超汛限水位。";

describe("a series number in brackets after a bulletin's name", () => {
  test.each([
    { title: "水 情 通 报(二)", number: 2 },
    { title: "水情通报（二）", number: 2 },
    { title: "防汛工作简报（3）", number: 3 },
    { title: "森林防火快报(十二)", number: 12 },
    { title: "疫情防控工作动态（15）", number: 15 },
    { title: "重点项目建设专报(四)", number: 4 },
  ])("parseBulletinText: `$title` is issue $number", ({ title, number }) => {
    const { bulletin } = parseBulletinText(`${title}\n发布时间：2022年03月22日\n\n${lede}`);
    expect(bulletin.issue.number).toBe(number);
    expect(bulletin.issue.year).toBeUndefined();
    expect(bulletin.publication.title?.replace(/\s/g, "")).toMatch(/^[^\s]+[（(][^）)]+[）)]$/);
  });

  test.each([
    { title: "防汛工作简报（3）", number: 3 },
    { title: "水情通报(二)", number: 2 },
  ])(
    "parseBulletinText: `$title` over its issuer and date (a masthead) is issue $number",
    ({ title, number }) => {
      const { bulletin } = parseBulletinText(
        `${title}\n\n某市防汛抗旱指挥部办公室          2022年6月12日\n\n${lede}`,
      );
      expect(bulletin.issue.number).toBe(number);
      expect(bulletin.publication.publisher?.name).toBe("某市防汛抗旱指挥部办公室");
    },
  );

  test.each([
    "关于开展安全检查的通知（二）",
    "水情通报（试行）",
    "工作动态（2023年）",
    "经济运行简报（一季度）",
    "全市经济运行情况分析（二）",
  ])("parseBulletinText: `%s` states no issue number", (title) => {
    const { bulletin } = parseBulletinText(`${title}\n发布时间：2022年03月22日\n\n${lede}`);
    expect(bulletin.issue.number).toBeUndefined();
  });
});
