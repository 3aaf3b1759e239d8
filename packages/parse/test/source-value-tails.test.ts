import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A page's source field whose value the page ran on into its reporter's credit with its own colon
 * (`（来源：某某晚报 记者：王某）`) or into the comment widget's count (`来源：某某新闻网 参与互动(3)`):
 * the outlet alone is the publisher. Near-misses: a credit running on past a name (`记者：王某发自某区`),
 * words after the widget's count, keep what the parser read before. Every text here is written for the test.
 */

const LEDE =
  "本报讯 12日,记者从市统计局了解到,今年一季度全市经济运行平稳,地区生产总值增长5.1%。\n\n目前,全市工业增加值增长6.2%,社会消费品零售总额增长4.8%。";
const HEADLINE = "一季度全市经济运行平稳";

describe("a source's value run on into a reporter's credit or a widget's count", () => {
  test.each([
    { what: "记者 and a colon", text: `${LEDE}\n\n(来源:滨江晚报 记者:李明)`, name: "滨江晚报" },
    {
      what: "通讯员 and a full-width colon",
      text: `${LEDE}\n\n（来源：滨江日报 通讯员：王小红）`,
      name: "滨江日报",
    },
    {
      what: "the comment widget's count",
      text: `${HEADLINE}\n\n2021年03月18日 09:12 来源:滨江新闻网 参与互动(3)\n\n${LEDE.slice(7)}`,
      name: "滨江新闻网",
    },
    {
      what: "the widget's count in full-width brackets",
      text: `${HEADLINE}\n\n2021年03月18日 09:12 来源:滨江新闻网 参与互动（12）\n\n${LEDE.slice(7)}`,
      name: "滨江新闻网",
    },
  ])("mastheadFacts: $what", ({ text, name }) => {
    expect(mastheadFacts(text).publisher).toBe(name);
  });

  test.each([
    {
      what: "a credit's words past a name",
      text: `${LEDE}\n\n(来源:滨江晚报 记者:李明发自滨江区)`,
    },
    {
      what: "words after the widget's count",
      text: `${HEADLINE}\n\n2021年03月18日 09:12 来源:滨江新闻网 参与互动(3)次数\n\n${LEDE.slice(7)}`,
    },
  ])("mastheadFacts: kept whole: $what", ({ text }) => {
    expect(mastheadFacts(text).publisher).not.toBe("滨江晚报");
  });
});
