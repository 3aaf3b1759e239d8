import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's date line that credits its source without a label (`2010年10月22日 16:23 来源于 某某网`,
 * tuning batch s9c): the page's date and its source, as a labelled `来源：` line gives them.
 * Examples written for the rule.
 */

const parsed = (text: string) => parseBulletinText(text);
const BODY = "全市规模以上工业增加值同比增长6.2%，社会消费品零售总额增长8.1%。";
const HEADLINE = "全市经济运行稳中向好";

describe("a page's date line crediting its source without a label", () => {
  test.each([
    { line: "2010年10月22日 16:23 来源于 某某网", name: "某某网", date: "2010-10-22" },
    { line: "2021-03-05 09:12 转自 某某日报", name: "某某日报", date: "2021-03-05" },
    { line: "2019-11-11 来源于某市统计局", name: "某市统计局", date: "2019-11-11" },
  ])("parseBulletinText: `$line` names $name and $date", ({ line, name, date }) => {
    const { bulletin } = parsed(`${HEADLINE}\n\n${line}\n${BODY}`);
    expect(bulletin.publication.publisher?.name).toBe(name);
    expect(bulletin.issue.publishedOn).toBe(date);
  });

  test.each([
    { line: "2010年10月22日来源于市民热线的工单有120件，办结率98%。" },
    { line: "2021-03-05 转自市民的来信反映的问题" },
  ])("parseBulletinText: `$line` is the text's, no credit", ({ line }) => {
    const { bulletin } = parsed(`${HEADLINE}\n\n${line}\n${BODY}`);
    expect(bulletin.publication.publisher).toBeUndefined();
  });
});
