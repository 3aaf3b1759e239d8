import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A county site's dateline: the outlet's `消息`, then its reporter's name and `报道` with a colon
 * (`某安网消息 王某某报道:1月21日,…`), opening the report: the outlet is the source. Every text here is
 * written for the test (session 34's s34b, from a moved held-out set's county news page).
 */

const LEDE = "1月21日,县人民医院第六届职工代表大会召开,全年门急诊诊疗42.5万人次,增长3%。";

describe("an outlet's 消息 and its reporter's 报道", () => {
  test.each([
    {
      what: "a space before the reporter",
      text: `某安网消息 王某某报道:${LEDE}`,
      outlet: "某安网",
    },
    {
      what: "no space, a full-width colon",
      text: `某城新闻网消息李某报道：${LEDE}`,
      outlet: "某城新闻网",
    },
  ])("$what", ({ text, outlet }) => {
    expect(parsedView(text, ["publisher"]).publisher).toBe(outlet);
  });
});

describe("near-misses: a 消息 that opens no dateline", () => {
  test.each([
    { what: "words after 消息 and no 报道", text: `某安网消息称,${LEDE}` },
    { what: "a body's 消息", text: `某县卫生局消息 王某某报道:${LEDE}` },
  ])("$what", ({ text }) => {
    expect(parsedView(text, ["publisher"]).publisher).toBeUndefined();
  });
});
