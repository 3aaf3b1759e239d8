import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A newspaper's web page prints a line that opens with the paper's name and closes with the
 * issue's day and its weekday (`某某日报 2021年03月16日 星期二`, its page, column, headline and record
 * numbers perhaps between: `某某日报 要闻 00002 …发布 2021-03-16 22250348 2 2021年03月16日 星期二`): the
 * page's date, and the paper its source; the line is no part of the text. Every text here is
 * written for the test.
 */

const HEADLINE = "我市2020年度消费维权白皮书发布";
const REPORT =
  "  本报讯 (记者 王某) 2020年,全市市场监管部门共为消费者挽回经济损失29567.28万元,罚没金额9.27亿元。\n\n  2020年,我市共接到消费类投诉举报127.04万件。";

const read = (text: string) => parsedView(text, ["title", "publisher", "publishedOn", "text"]);

describe("a paper's name and the issue's day with its weekday on a line of the page", () => {
  test.each([
    {
      what: "a page's record line at its foot, the headline and numbers between",
      text: `${HEADLINE}\n\n${REPORT}\n\n\n某某日报 要闻 00002 ${HEADLINE} 2021-03-16 22250348 2 2021年03月16日 星期二`,
      expected: { publisher: "某某日报", publishedOn: "2021-03-16" },
    },
    {
      what: "the paper's date line over the headline",
      text: `东林晚报 2023年9月16日 星期六\n\n${HEADLINE}\n\n${REPORT}`,
      expected: { publisher: "东林晚报", publishedOn: "2023-09-16" },
    },
    {
      what: "a page's number between, in traditional characters",
      text: `${HEADLINE}\n\n${REPORT}\n\n西林日報 第A05版 2020年3月5日 星期四`,
      expected: { publisher: "西林日報", publishedOn: "2020-03-05" },
    },
  ])("parseBulletinText: $what", ({ text, expected }) => {
    const got = read(text);
    expect({ publisher: got.publisher, publishedOn: got.publishedOn }).toEqual(expected);
    expect(got.title).toBe(HEADLINE);
    expect(got.text).not.toContain("星期");
  });

  test.each([
    {
      what: "a sentence naming a paper's day",
      line: "某某日报2021年03月16日星期二刊发了我市的经验,读者反响热烈。",
    },
    {
      what: "a day and its weekday without a paper",
      line: "2021年03月16日 星期二",
    },
  ])("parseBulletinText: $what is no paper's date line (counter-case)", ({ line }) => {
    const got = read(`${HEADLINE}\n\n${REPORT}\n\n${line}`);
    expect(got.publisher).toBeUndefined();
    expect(got.publishedOn).toBeUndefined();
  });
});
