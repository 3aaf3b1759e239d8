import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copied page's teaser exclaimed before its headline (`天天通讯！`, `今日快讯！`) is no part of the
 * headline's shape: a teaser ending as an outlet's dateline word does (`…通讯`, `…快讯`) does not make
 * the headline the first line of a paragraph, and the line under the page's breadcrumb is the title,
 * kept as printed. Near-misses keep their reading: a paragraph's first line that opens with a real
 * dateline (`某某通讯社7月1日电，…`) or a clause of time (`今年以来，…`). Written for the rule (formerly
 * held-out-139's page in traditional characters); every text here is invented.
 */

const CRUMB = "您的位置:首页 > 要闻 > 正文\n\n";
const LEDE =
  "\n\n(资料图片)\n\n某某网消息:某省林业局今天(8月2日)发布,今年上半年全省完成造林32万亩,同比增长6.5%。\n\n某省林业局局长表示:全省共建立各级林长1.2万名,实现山有人管、林有人造。";

const title = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a teaser before a headline", () => {
  test.each([
    [
      "天天通讯!某省林业局:上半年全省完成造林32万亩",
      "天天通讯！某省林业局：上半年全省完成造林32万亩",
    ],
    ["今日快讯!某省全面建立五级林长体系", "今日快讯！某省全面建立五级林长体系"],
    [
      "天天通訊!某省林業局:上半年全省完成造林32萬畝",
      "天天通訊！某省林業局：上半年全省完成造林32萬畝",
    ],
  ])("%s", (headline, expected) => {
    expect(title(`${CRUMB}${headline}${LEDE}`)).toBe(expected);
  });

  test.each([
    ["a dateline", "某某通讯社北京8月1日电 某省林业局今天发布,上半年全省完成造林32万亩。"],
    ["a clause of time", "今年以来,某省林业局扎实推进造林绿化,上半年全省完成造林32万亩。"],
  ])("%s opening a paragraph: no title", (_, first) => {
    expect(title(`${CRUMB}${first}${LEDE}`)).toBeUndefined();
  });
});
