import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A county media site prints the headline, its byline, its date and its counters on one line
 * (`某局召开…工作会议 作者：某某 时间：2021-06-23 次数：150`): the headline is the title, the date the
 * page's. A line that opens with its byline has no headline, a sentence naming an author holds a
 * clause's mark, and a byline without a date field is left as it was. Every text here is written for
 * the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
const BODY =
  "本报讯 6月19日,县卫生健康局召开专题会议,对疫苗接种工作进行安排部署。截至6月18日,全县共接种疫苗24.7万剂,完成任务目标的64.4%。\n会议要求,各接种单位要提高接种效率,确保接种工作如期完成。";

describe("a headline run into its byline and date", () => {
  test.each([
    [
      "spaced fields and counters",
      "县卫生健康局安排部署疫苗第二剂次接种工作",
      " 作者:王明 时间:2021-06-23 次数:150",
    ],
    ["no spaces", "县文旅局召开春节假日旅游市场工作会议", "作者:李华时间:2022-01-20"],
    ["a date in words", "县应急管理局部署汛期安全生产工作", " 作者:本站 日期:2023年5月6日 点击:88"],
    [
      "a 发布时间 field and a clock",
      "县人社局开展根治欠薪专项行动",
      " 作者:张三 发布时间:2021/12/01 09:30",
    ],
  ])("(%s) gives the title and the date", (_, headline, fields) => {
    const b = read(`${headline}${fields}\n${BODY}`);
    expect(b.publication.title).toBe(headline);
    expect(b.issue.publishedOn).toMatch(/^20\d\d-\d\d-\d\d$/);
  });

  test.each([
    ["a line opening with its byline", "作者:王明 时间:2021-06-23 次数:150"],
    ["a sentence naming an author", "据悉,该书作者:王明时间:2021-06-23出版"],
    ["a byline without a date field", "县卫生健康局安排部署疫苗接种工作 作者:王明 次数:150"],
  ])("a line of another shape (%s) gives no such title", (_, first) => {
    const b = read(`${first}\n${BODY}`);
    expect(b.publication.title ?? "").not.toMatch(/^县卫生健康局安排部署疫苗接种工作$|^据悉/);
  });
});
