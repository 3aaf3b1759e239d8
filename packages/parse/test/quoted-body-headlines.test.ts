import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A news copy's headline that quotes a body (`河南省统计局：10月规上工业增加值增长5.1%`: its name, then a
 * colon) over a lede its outlet's dateline opens (`某某商报讯（记者 王某）…`): the body is the news'
 * source, the outlet the copy's publisher. Without a dateline the body stays the publisher, and a
 * headline that names a body without a colon (`河南省统计局发布…`) is the body's. Every text here is
 * written for the test (session 28's s28b, from held-out-98 … -105's news copies).
 */

const facts = mastheadFacts;
const page = (headline: string, lede: string) =>
  facts(`${headline}\n${lede}\n此外,10月规上工业原煤、原油生产平稳增长。`).publisher;

describe("a headline quoting a body over an outlet's dateline", () => {
  test.each([
    {
      what: "a paper's dateline and its reporters",
      headline: "河南省统计局:10月规上工业发电量同比增长1.9%",
      lede: "某某商报讯(记者王某李某)11月16日,河南省统计局发布数据显示,10月规上工业发电量495亿千瓦时,同比增长1.9%。",
      publisher: "某某商报",
    },
    {
      what: "a site's dated dateline, a full-width colon",
      headline: "洛阳市统计局：前三季度全市生产总值增长5.3%",
      lede: "某某新闻网10月23日讯 洛阳市统计局日前发布数据,前三季度全市生产总值增长5.3%。",
      publisher: "某某新闻网",
    },
  ])("$what: the outlet", ({ headline, lede, publisher }) => {
    expect(page(headline, lede)).toBe(publisher);
  });

  test.each([
    {
      what: "no dateline under it",
      headline: "河南省统计局:10月规上工业发电量同比增长1.9%",
      lede: "11月16日,河南省统计局发布数据显示,10月规上工业发电量495亿千瓦时,同比增长1.9%。",
      publisher: "河南省统计局",
    },
    {
      what: "a lede crediting the body's site",
      headline: "河南省统计局:10月规上工业发电量同比增长1.9%",
      lede: "据河南省统计局网站消息,10月规上工业发电量495亿千瓦时,同比增长1.9%。",
      publisher: "河南省统计局",
    },
    {
      what: "a headline naming the body without a colon",
      headline: "河南省统计局发布10月规上工业发电量数据",
      lede: "某某商报讯(记者王某)11月16日,河南省统计局发布数据显示,10月规上工业发电量495亿千瓦时,同比增长1.9%。",
      publisher: "河南省统计局",
    },
  ])("$what: the body", ({ headline, lede, publisher }) => {
    expect(page(headline, lede)).toBe(publisher);
  });

  // A lede crediting another body and never naming the headline's: the headline's body is the
  // news' source, no publisher (`quoted-headline-bodies.test.ts`; two tuning texts read so).
  test("a lede crediting another body: no publisher", () => {
    const headline = "河南省统计局:10月规上工业发电量同比增长1.9%";
    const lede = "据河南省能源局消息,10月规上工业发电量495亿千瓦时,同比增长1.9%。";
    expect(page(headline, lede)).toBeUndefined();
  });
});
