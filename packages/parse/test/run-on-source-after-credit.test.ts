import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * The page's source field run on to the last paragraph (a long one, a flattened copy's) after the
 * reporter's credit in brackets, an empty author's or editor's field perhaps after it
 * (`…同比下降3%。(记者 王某) 来源:某某新闻网 作者:`): the source is the publisher. Near-misses: a
 * field with a value after the source, a bracket that is no reporter's credit. Every text here is
 * written for the test.
 */

const HEAD = "时间:2025-02-19 10:15\n摘要\n";
const SENTENCE =
  "近日,省机关事务管理局通报了2024年度机关事务改革创新案例获奖名单,市机关事务管理服务中心获评十佳案例,此次获奖是对全市公务用车改革工作的充分肯定。 ";
const LAST = `${SENTENCE.repeat(4)}2024年,全市共完成公务用车订单7921单,其中新能源汽车订单共1796单,总运行费用517万元,单车结算费用652.6元、同比下降3%。`;

const publisherOf = (tail: string): string | undefined =>
  mastheadFacts(`${HEAD}${LAST}${tail}\n编辑:李某\n|\n|`).publisher;

describe("a source field after the reporter's credit at a long last paragraph's end", () => {
  test.each([
    { what: "an empty author's field after it", tail: "(记者 王某) 来源:某某新闻网 作者:" },
    { what: "nothing after it", tail: "（记者 王某某）来源：某某新闻网" },
    { what: "an empty editor's field after it", tail: "(通讯员 李某) 来源:某某新闻网 编辑:" },
  ])("mastheadFacts: $what", ({ tail }) => {
    expect(publisherOf(tail)).toBe("某某新闻网");
  });

  test.each([
    { what: "an author's name after it", tail: "(记者 王某) 来源:某某新闻网 作者:王某某" },
    {
      what: "a bracket that is no reporter's credit",
      tail: "(图为获奖证书) 来源:某某新闻网 作者:",
    },
  ])("mastheadFacts: no source: $what", ({ tail }) => {
    expect(publisherOf(tail)).toBeUndefined();
  });
});
