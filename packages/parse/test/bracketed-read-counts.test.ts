import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A web page's line under its headline printing the page's date and clock, the account that put it
 * up, then its reading count in brackets (`阅读 (80761)`, `浏览（1203次）`), the page's phone tool perhaps
 * closing it (`扫描到手机`, `手机看`): the page's date and its publisher, and the headline over it is
 * the title. A line of a count of things in brackets after a name (`2021-03-01 10:30 抽检样品（45批次）`)
 * and a person's name before the count stay as they are. Every text is written for the test.
 */

const HEAD = "2023年甲省共发生地震312次,你感觉到了几次?";
const BODY =
  "\n\n2023年,全省共发生3级以上地震12次,最大为6月14日甲县4.1级地震。\n\n地震概况\n\n2023年度,甲省台网共记录天然地震312次,其中2级以下地震290次。\n";
const page = (meta: string): string => `${HEAD}\n\n${meta}${BODY}`;

describe("a dated line with the account and its reading count in brackets", () => {
  test.each([
    [
      "glued to the name, the phone tool after it",
      "2024-01-08 09:15 甲省地震局阅读 (31207) 扫描到手机",
    ],
    ["spaced from the name", "2024-01-08 09:15 甲省地震局 阅读 (31207)"],
    ["full-width brackets and 次", "2024-01-08 09:15 甲省地震局 浏览（31207次）"],
    ["the phone tool's other words", "2024-01-08 09:15 甲省地震局 阅读(31207) 手机看"],
  ])("%s: the date, the publisher and the title are read", (_, meta) => {
    const { bulletin } = parseBulletinText(page(meta));
    expect(bulletin.issue.publishedOn).toBe("2024-01-08");
    expect(bulletin.publication.publisher?.name).toBe("甲省地震局");
    expect(bulletin.publication.title).toBe("2023年甲省共发生地震312次，你感觉到了几次？");
  });
});

describe("lines like it that give no publisher", () => {
  test.each([
    ["a count of things in brackets", "2024-01-08 09:15 抽检样品（45批次）"],
    ["a person's name before the count", "2024-01-08 09:15 王晓明 阅读 (31207)"],
  ])("%s", (_, meta) => {
    const { bulletin } = parseBulletinText(page(meta));
    expect(bulletin.publication.publisher).toBeUndefined();
  });
});
