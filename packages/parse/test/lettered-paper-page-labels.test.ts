import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A digital paper's page label whose page is a letter and digits without `版` (`A2:经济总第2904期
 * >2023-04-14编印`): the paper's issue (`总第N期` its total number, `第N期` its number) and its date, no
 * headline. Without the paper's issue after it such a label (`A2:经济`) is held to be text, and a
 * sentence after it keeps the line the text's. Every text here is written for the test.
 */

const HEADLINE = "一季度旅游实现“开门红”";
const BODY =
  "\n刊发日期:2023-04-14 作者:  语音阅读:\n\n  一季度,全县累计接待游客320.5万人次,同比增长35.2%。\n\n  实现旅游综合收入18.6亿元,同比增长40.1%。";

const facts = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    title: bulletin.publication.title,
    number: bulletin.issue.number,
    totalNumber: bulletin.issue.totalNumber,
  };
};

describe("a paper's page label of a letter and digits, with the paper's issue", () => {
  test.each([
    [
      "the total number, `>` and the date with 编印",
      "A2:经济总第2904期 >2023-04-14编印",
      { totalNumber: 2904 },
    ],
    ["a full-width colon and a space", "B12：要闻 总第156期 2023-04-14", { totalNumber: 156 }],
    ["the number", "A3:综合 第1234期", { number: 1234 }],
  ])("parseBulletinText: %s is the paper's issue, no headline", (_, label, issue) => {
    expect(facts(`${label}\n\n${HEADLINE}${BODY}`)).toEqual({
      title: HEADLINE,
      number: undefined,
      totalNumber: undefined,
      ...issue,
    });
  });

  test.each([
    ["a sentence after the issue", "A2:经济总第2904期,本期共刊发稿件12篇。"],
    ["a long column name", "A2:全县文化旅游体育广电事业发展情况总第2904期"],
  ])("parseBulletinText: %s keeps the line the text's", (_, line) => {
    const { warnings } = parseBulletinText(`${HEADLINE}\n${line}\n${BODY}`);
    const dropped = warnings.filter((w) => w.code === "web-line-dropped" && w.position?.line === 2);
    expect(dropped).toEqual([]);
  });
});
