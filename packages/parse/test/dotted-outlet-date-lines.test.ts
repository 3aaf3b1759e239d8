import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy's line under its headline naming the outlet and the page's date with a middle dot or
 * a bar between them (`中国新闻网 · 2024-07-24 06:22`, `某某日报 | 2024-07-24`), as a site's template
 * prints it: read as the outlet's date line without one is, so the headline alone is the title,
 * the outlet the publisher and the date the page's. A name before the dot that ends as no outlet
 * does (a person's, a column's) is not taken for one. Every text here is written for the test.
 */

const BODY =
  "\n\n  某某社拉萨7月23日电 自治区统计局23日公布，今年上半年实现地区生产总值1189.45亿元，同比增长6.1%。\n\n  上半年农林牧渔业总产值84.68亿元，同比增长16.6%。";
const HEADLINE = "某地上半年GDP增长6.1%";

describe("an outlet's date line with a dot or a bar between name and date", () => {
  test.each([
    ["a middle dot, spaced", "中国新闻网 · 2024-07-24 06:22", "中国新闻网"],
    ["a middle dot, unspaced", "中国新闻网·2024-07-24 06:22", "中国新闻网"],
    ["a bullet", "某某日报 • 2024-07-24", "某某日报"],
    ["a bar", "某某日报 | 2024-07-24 06:22", "某某日报"],
    ["traditional, a converter's pinyin", "中國(guó)新聞網(wǎng) · 2024-07-24 06:22", "中國新聞網"],
  ])("%s: the headline is the title, the outlet the publisher", (_, line, outlet) => {
    const { bulletin } = parseBulletinText(`${HEADLINE}\n\n${line}${BODY}`);
    expect(bulletin.publication.title).toBe(HEADLINE);
    expect(bulletin.publication.publisher?.name).toBe(outlet);
    expect(bulletin.issue.publishedOn).toBe("2024-07-24");
  });

  test.each([
    ["a person's name", "王小明 · 2024-07-24 06:22"],
    ["a column's name", "农业农村 · 2024-07-24"],
  ])("%s before the dot is no outlet", (_, line) => {
    const { bulletin } = parseBulletinText(`${HEADLINE}\n\n${line}${BODY}`);
    expect(bulletin.publication.publisher?.name).toBe("某某社");
  });
});
