import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's 来源 that names no body (`不详`, `网络`, `佚名`) and a second source field in brackets after
 * it that does, qualified by the article it credits (`「本文来源:亳州晚报」`, `【本篇来源：…】`,
 * `『文章来源：…』`): the bracketed source is the publisher, without its brackets or the qualifier
 * run into the value before it. Corner brackets around a value (`来源：「某市统计局」`) are no part
 * of the name. Written for the rule (the corpus's shape is the first).
 */

const headline = "7月份市长热线办理情况通报";
const body =
  "7月份，市长热线系统共受理群众和企业诉求件，较上月下降1.52%。\n按时办结率99.94%，群众总体满意率97.01%。";

const facts = (line: string) => {
  const { bulletin } = parseBulletinText(`${headline}\n${line}\n${body}`);
  return {
    publisher: bulletin.publication.publisher?.name,
    publishedOn: bulletin.issue.publishedOn,
    text: JSON.stringify(bulletin.sections),
  };
};

describe("a source that names no body, then a bracketed source note", () => {
  test.each([
    ["2022/9/3 来源:不详「本文来源:亳州晚报」", "亳州晚报", "2022-09-03"],
    ["来源：网络【本文来源：某某日报】", "某某日报", undefined],
    ["发布时间：2023-05-06 来源：佚名『本篇来源：某某新闻网』", "某某新闻网", "2023-05-06"],
    ["2023-05-06 来源：不详 「文章来源：某县融媒体中心」", "某县融媒体中心", "2023-05-06"],
    ["来源:「某市统计局」 发布时间:2023-05-06", "某市统计局", "2023-05-06"],
  ])("`%s` names %s", (line, publisher, publishedOn) => {
    const f = facts(line);
    expect(f.publisher).toBe(publisher);
    expect(f.publishedOn).toBe(publishedOn);
    expect(f.text).not.toContain("来源");
  });
});

describe("source notes the rule leaves as they were (counter-cases)", () => {
  test("the page's own source named first stays the publisher", () => {
    expect(facts("来源：某某网「本文来源：某某日报」").publisher).toBe("某某网");
  });

  test("a note that names the site itself names no publisher", () => {
    expect(facts("来源：不详「本文来源：本站」").publisher).toBeUndefined();
  });

  test("a quotation in corner brackets in the text stays the text's", () => {
    const { bulletin } = parseBulletinText(
      `${headline}\n来源：某某日报\n群众反映「本文来源」一栏填写不全，已整改。\n${body}`,
    );
    expect(bulletin.publication.publisher?.name).toBe("某某日报");
    expect(JSON.stringify(bulletin.sections)).toContain("一栏填写不全");
  });
});
