import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper page's label over a copied report that also prints the paper's issue and date
 * (`第二版:综合新闻总第3840期 >2021-05-07编印`, a lettered page without 版: `A2:经济总第2904期`): the
 * page's (its number in Chinese or Arabic digits),
 * no headline; the issue it states is the paper's (`总第N期` its total number, `第N期` its number)
 * and the date the page's. Every text here is written for the test.
 */

const facts = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    title: bulletin.publication.title,
    number: bulletin.issue.number,
    totalNumber: bulletin.issue.totalNumber,
    publishedOn: bulletin.issue.publishedOn,
  };
};

const HEADLINE = "县安委会“五一”期间明察暗访不松懈";
const BODY =
  "\n\n  按照县委、县政府工作部署,我县强化节日期间安全生产明查暗访,全力筑牢安全防线。\n\n  县安委会7个明查暗访组将持续开展明查暗访。     (李正一)";

describe("a newspaper page's label with the paper's issue and date", () => {
  test.each([
    {
      what: "a page in Chinese digits, the total number, `>` and the date with 编印",
      label: "第二版:综合新闻总第3840期 >2021-05-07编印",
      meta: "\n刊发日期:2021-05-07 作者:  语音阅读:",
      expected: { number: undefined, totalNumber: 3840, publishedOn: "2021-05-07" },
    },
    {
      what: "a page in Arabic digits, the number and a date in words",
      label: "第3版：要闻 第1234期 2022年3月4日",
      meta: "",
      expected: { number: 1234, totalNumber: undefined, publishedOn: "2022-03-04" },
    },
    {
      what: "a page with a letter, the total number and a date with 出版",
      label: "A05版:本地新闻 总第5678期 2020-01-02出版",
      meta: "",
      expected: { number: undefined, totalNumber: 5678, publishedOn: "2020-01-02" },
    },
    {
      what: "a lettered page without 版, the total number, `>` and the date with 编印",
      label: "A2:经济总第2904期 >2023-04-14编印",
      meta: "\n刊发日期:2023-04-14 阅读次数: 作者:",
      expected: { number: undefined, totalNumber: 2904, publishedOn: "2023-04-14" },
    },
    {
      what: "a lettered page of two digits without 版, a full-width colon, the total number and the date",
      label: "B12：要闻 总第156期 2023-04-14",
      meta: "",
      expected: { number: undefined, totalNumber: 156, publishedOn: "2023-04-14" },
    },
    {
      what: "a lettered page of two digits without 版 and the number",
      label: "B03：要闻 第1234期",
      meta: "\n发布时间:2022-03-04",
      expected: { number: 1234, totalNumber: undefined, publishedOn: "2022-03-04" },
    },
    {
      what: "a lettered page whose column joins two names with `*` for their middle dot",
      label: "A1：某县*要闻总第3311期 >2018-09-26编印",
      meta: "\n刊发日期:2018-09-26 阅读次数: 作者:",
      expected: { number: undefined, totalNumber: 3311, publishedOn: "2018-09-26" },
    },
    {
      what: "a page in Chinese digits and its column alone",
      label: "第四版：民生",
      meta: "\n发布时间:2021-05-07",
      expected: { number: undefined, totalNumber: undefined, publishedOn: "2021-05-07" },
    },
  ])("$what", ({ label, meta, expected }) => {
    expect(facts(`${label}\n\n${HEADLINE}${meta}${BODY}`)).toEqual({
      title: HEADLINE,
      ...expected,
    });
  });

  test.each([
    {
      what: "a sentence after the page's label",
      line: "第二版：我市三个项目入选省级示范名单，总投资12亿元。",
    },
    {
      what: "a lettered list item naming a phase of works in words",
      line: "A1：第一期工程",
    },
    {
      what: "a lettered list item with a count of issues",
      line: "A2：全年共印12期",
    },
    {
      what: "a sentence after the paper's issue",
      line: "第二版:综合新闻总第3840期,本期共刊发稿件12篇。",
    },
    {
      what: "a sentence after a lettered page's issue",
      line: "A2:经济总第2904期,本期共刊发稿件12篇。",
    },
    {
      what: "a lettered list item with a starred note after it",
      line: "A1：某县*注：总第3311期起改为周刊。",
    },
    {
      what: "a lettered page's column name too long for a column",
      line: "A2:全县文化旅游体育广电事业发展情况总第2904期",
    },
  ])("$what is the text's", ({ line }) => {
    const { warnings } = parseBulletinText(`${HEADLINE}\n${line}\n${BODY}`);
    expect(warnings.filter((w) => w.code === "web-line-dropped")).toEqual([]);
  });
});
