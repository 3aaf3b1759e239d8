import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A page's metadata line labelling its source `来自：` beside its other fields (`来自：某市人民政府
 * 作者：某某要闻 访问量：312`): the body named is the publisher, as under `来源：`. Near-misses: `来自：`
 * alone on a line of prose, or with no page's field beside it, names no publisher. Every text
 * here is written for the test.
 */

const HEADLINE = "一季度某市各类事故同比下降";
const BODY =
  "\n\n  4月21日从市安委办获悉,今年一季度,本市共发生各类事故120起,死亡23人,同比分别下降16.04%和13.46%。\n\n  一季度,本市发生较大事故2起,死亡8人。";

const publisherOf = (line: string): string | undefined =>
  mastheadFacts(`某市新闻\n\n${HEADLINE}\n\n${line}${BODY}`).publisher;

describe("来自 labelling a page's source beside its other fields", () => {
  test.each([
    {
      what: "an author and a counter after it",
      line: "来自:某市人民政府 作者:某某要闻 访问量:312",
      name: "某市人民政府",
    },
    {
      what: "the page's date after it",
      line: "来自：某市应急管理局 发布时间：2021-04-22 10:12",
      name: "某市应急管理局",
    },
  ])("mastheadFacts: $what", ({ line, name }) => {
    expect(publisherOf(line)).toBe(name);
  });

  test.each([
    { what: "a sentence", line: "与会代表来自:某市人民政府、某市应急管理局等12个单位。" },
    { what: "no other field", line: "来自:某市人民政府" },
  ])("mastheadFacts: no source: $what", ({ line }) => {
    expect(publisherOf(line)).not.toBe("某市人民政府");
  });
});
