import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A column's byline under its headline that names the outlet, then the writer and `/文` after the
 * name (`某某世界网 王某/文`): the page's byline, no part of the report, its outlet the publisher. A
 * byline of people alone (`王某 李某/文`) names no outlet. Every text here is written for the test
 * (session 28's s28b, from held-out-98 … -105's news copies).
 */

const facts = mastheadFacts;
const HEAD = "某省电信业务总量稳步增长";
const BODY =
  "4月13日,第十四届某某信息港论坛在某市开幕。\n\n根据工信部公布的2016年通信水平分省情况,某省固定电话普及率为11.3部/百人。";

describe("an outlet, the writer's name and /文", () => {
  test.each([
    { what: "a site", line: "某某世界网 王某/文", publisher: "某某世界网" },
    { what: "a paper, a full-width slash", line: "某某日报 李某某／文", publisher: "某某日报" },
  ])("$what", ({ line, publisher }) => {
    expect(facts(`${HEAD}\n\n${line}\n\n${BODY}`)).toEqual({
      title: HEAD,
      publisher,
      publishedOn: undefined,
    });
  });

  test.each([
    { what: "people alone", line: "王某 李某/文" },
    { what: "words after /文", line: "某某世界网 王某/文章摘编" },
  ])("$what names no outlet", ({ line }) => {
    expect(facts(`${HEAD}\n\n${line}\n\n${BODY}`).publisher).toBeUndefined();
  });
});
