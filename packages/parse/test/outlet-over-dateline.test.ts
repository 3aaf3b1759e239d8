import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { outletOverOwnDateline } from "../src/internal/outlet-over-dateline";

/**
 * A news report's headline over the paper's name alone (perhaps over the time it was posted) and a
 * lede that opens with that paper's own dateline: `上半年某市日增12家企业 零售业最多` / `某某晚报` /
 * `07-28 09:33` / `某某晚报7月28日讯 记者昨从…获悉，…。`. The headline is the title though it states a
 * figure, as one straight over its dateline may. A name the lede does not open with, or a lede that
 * is no dateline's, keeps the old reading. Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
const headline = "上半年湘潭日增12家企业 零售业最多";
const lede =
  "记者昨从市市场监管局获悉,上半年我市新增企业2130户,平均每天新增企业12户,新增注册资本98.6亿元。与去年同期相比,增幅有所放缓。";

describe("a headline over its paper's name and that paper's dateline", () => {
  test.each([
    [
      "with the time it posted",
      `${headline}\n湘潭晚报\n \n07-28 09:33\n\n湘潭晚报7月28日讯${lede}\n`,
    ],
    [
      "a site's name and a full time",
      `${headline}\n湘潭新闻网\n2019-07-28 09:33:10\n湘潭新闻网7月28日讯${lede}\n`,
    ],
  ])("(%s): the headline is the title", (_, text) => {
    expect(read(text).publication.title).toBe("上半年湘潭日增12家企业零售业最多");
  });

  test.each([
    ["a name the lede does not open with", ["标题", "湘潭晚报", `株洲日报7月28日讯${lede}`], 0],
    ["a sentence between", ["标题", "湘潭晚报", "记者 王某。", `湘潭晚报7月28日讯${lede}`], 0],
    ["a lede that is no dateline's", ["标题", "湘潭晚报", `湘潭晚报的记者了解到,${lede}`], 0],
    ["the time between", ["标题", "湘潭晚报", "07-28 09:33", `湘潭晚报7月28日讯${lede}`], 3],
  ])("%s: the lede's index is %s", (_, lines, k) => {
    const datelined = (t: string) => /^[\u4e00-\u9fff]{2,12}\d{1,2}月\d{1,2}日讯/.test(t);
    expect(
      outletOverOwnDateline(
        lines.map((text) => ({ text })),
        datelined,
      ),
    ).toBe(k);
  });

  test("a figure headline over a name the lede does not open with is no title", () => {
    const text = `${headline}\n湘潭晚报\n07-28 09:33\n株洲日报7月28日讯${lede}\n`;
    expect(read(text).publication.title).toBeUndefined();
  });
});
