import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A news copy that prints no headline and opens with its reporter's byline, the paper and its app
 * (or site) joined by a middle dot before the role (`某某晚报·某某壹点记者 陈某`): the byline is no
 * title, and the pair names the publisher, as a slash-joined pair does (`某某云/某县融媒体中心记者
 * 王某`). A dotted headline without a role (`政务服务·高效办成一件事`) stays the title.
 * Every text here is written for the test.
 */

const LEDE =
  "1月28日,某市政府新闻办召开发布会,介绍“高效办成一件事”相关情况。全年办件量达12.5万件,同比增长8.3%。";

describe("a byline opening the text with a dotted pair of outlets", () => {
  test.each([
    ["a paper and its app", "某某晚报·某某壹点记者 陈某", "某某晚报·某某壹点"],
    ["a paper and its site", "某某日报·某某网记者 王某 李某", "某某日报·某某网"],
    ["a slash-joined pair, as before", "某某云/某县融媒体中心记者 王某", "某某云/某县融媒体中心"],
  ])("%s: no title, the pair the publisher", (_, byline, outlet) => {
    expect(mastheadFacts(`${byline}\n${LEDE}`)).toMatchObject({
      title: undefined,
      publisher: outlet,
    });
  });

  test("a dotted headline without a role is the title, no byline", () => {
    expect(mastheadFacts(`政务服务·高效办成一件事\n${LEDE}`)).toMatchObject({
      title: "政务服务·高效办成一件事",
      publisher: undefined,
    });
  });
});
