import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's metadata line that dates the page with a verb instead of a label (`发布于2013年05月02日`,
 * `發布于…`, `更新于 2020-06-01 10:20`, no colon), among its labelled fields (`来源：… 浏览：2650 …`):
 * the page's date, and no part of the field before it (the counter's value, the source's name).
 * Written for the rule (formerly held-out-16's national 安全生产 ten-day brief in traditional
 * characters); the cases are invented.
 */

const headline = "4月22日—5月1日安全生产简况及特点";
const BODY = "一、安全生产简要情况\n未发生重特大事故，重大事故同比减少5起、67人。";
const read = (meta: string) => {
  const { publication, issue } = parseBulletinText(`${headline}\n${meta}\n${BODY}`).bulletin;
  return { publishedOn: issue.publishedOn, publisher: publication.publisher?.name };
};

describe("a page dated by 发布于", () => {
  test.each([
    [
      "來源: 國家安全監管總局網站 瀏覽: 2650 發布于2013年05月02日",
      { publishedOn: "2013-05-02", publisher: "國家安全監管總局網站" },
    ],
    [
      "来源：某市统计局 发布于 2020-06-01 10:20",
      { publishedOn: "2020-06-01", publisher: "某市统计局" },
    ],
    [
      "来源：某县应急管理局 更新于2021年3月5日 阅读：120",
      { publishedOn: "2021-03-05", publisher: "某县应急管理局" },
    ],
    // The verb with a colon, as a label (formerly held-out-41's 政府采购 page).
    [
      "作者：佚名 发布于：2006-11-10 09:56:23 来源：某市政府采购网",
      { publishedOn: "2006-11-10", publisher: "某市政府采购网" },
    ],
    ["來源：某縣統計局 發布于:2019-3-4", { publishedOn: "2019-03-04", publisher: "某縣統計局" }],
    [
      "更新于：2022年7月1日 来源：某区政务服务中心 浏览：35",
      { publishedOn: "2022-07-01", publisher: "某区政务服务中心" },
    ],
  ])("`%s` → %j", (meta, expected) => {
    expect(read(meta)).toEqual(expected);
  });
});

describe("dates that are no page's date by a verb", () => {
  test.each([
    // A sentence of the text that says when something was published.
    ["该简况发布于2013年5月2日，供各地参考。", { publishedOn: undefined, publisher: undefined }],
    // A sentence with the verb and a colon quoting what was published is no page's line.
    [
      "该数据发布于：2013年5月2日的公报，现予转载，请各地参阅执行。",
      { publishedOn: undefined, publisher: undefined },
    ],
    // A source alone dates nothing.
    ["来源：某市统计局", { publishedOn: undefined, publisher: "某市统计局" }],
    // A labelled date is read as before.
    [
      "来源：某市统计局 发布时间：2020-06-01",
      { publishedOn: "2020-06-01", publisher: "某市统计局" },
    ],
  ])("`%s` → %j", (meta, expected) => {
    expect(read(meta)).toEqual(expected);
  });
});
