import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copied news page's headline that asks or exclaims once (`…都有啥？`, `哪里最适合开店？这份报告…`),
 * under the page's breadcrumb or over the outlet's line with the page's date (either first): the
 * title, as over a news report's dateline. A one-character teaser before the headline
 * (`赞！某区…`) is no part of its shape. Near-misses keep their reading (no title): the same
 * headline with neither a breadcrumb nor a page's date line, a line with two questions, a
 * paragraph's first sentence under a breadcrumb, a line with a `。`.
 */

const para1 =
  "今年以来，甲市市场监管部门共受理消费者投诉2.3万件，同比增长8.6%，其中商品类投诉1.2万件，服务类投诉1.1万件。";
const para2 =
  "从投诉领域看，预付式消费、网络购物和家用电器位居前三，三者合计占投诉总量的四成以上，退费难问题较为突出。";

const titleOf = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a headline that asks or exclaims, under a breadcrumb or over the page's date line", () => {
  test.each([
    [
      "under a breadcrumb, asking at its end",
      ["首页 > 新闻中心 > 民生", "数据告诉你：今年消费投诉热点都在哪？", para1, para2],
      "数据告诉你：今年消费投诉热点都在哪？",
    ],
    [
      "over the page's date and outlet, asking between two phrases",
      ["哪里最适合开店？这份报告给各地排了名", "2021-03-08 某某财经网", para1, para2],
      "哪里最适合开店？这份报告给各地排了名",
    ],
    [
      "over the outlet and its date, exclaiming between two phrases",
      ["消费回暖来了！一季度甲市社零总额增长一成", "某某新闻网 2022-04-20 09:30", para1, para2],
      "消费回暖来了！一季度甲市社零总额增长一成",
    ],
  ])("%s: the title", (_name, lines, title) => {
    expect(titleOf(lines.join("\n\n"))).toBe(title);
  });

  test.each([
    ["neither breadcrumb nor date line", ["数据告诉你：今年消费投诉热点都在哪？", para1, para2]],
    ["two questions", ["首页 > 新闻中心 > 民生", "投诉热点在哪？退费难不难？", para1, para2]],
    [
      "a paragraph's first sentence under a breadcrumb",
      ["首页 > 新闻中心 > 民生", "今年以来，投诉热点都在哪？", para1, para2],
    ],
    [
      "a sentence's full stop",
      ["首页 > 新闻中心 > 民生", "投诉热点都在哪？记者作了调查。", para1, para2],
    ],
  ])("%s: no title", (_name, lines) => {
    expect(titleOf(lines.join("\n\n"))).toBeUndefined();
  });
});

describe("a one-character teaser before the headline", () => {
  const lede =
    "某某网甲区站讯 今年以来，甲区紧紧围绕财税目标任务，抓项目、重招商、优服务、强征管，财税收入实现时间过半、任务过半。";
  test("`赞！…`: the line is the title", () => {
    const text = ["赞！甲区财税收入实现“双过半”", "某某网甲区站", lede, para2].join("\n\n");
    expect(titleOf(text)).toBe("赞！甲区财税收入实现“双过半”");
  });
  test("a second exclamation: no title", () => {
    const text = ["赞！赞！甲区财税收入实现“双过半”", "某某网甲区站", lede, para2].join("\n\n");
    expect(titleOf(text)).toBeUndefined();
  });
});
