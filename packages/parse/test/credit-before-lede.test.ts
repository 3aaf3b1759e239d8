import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copied news report without a headline whose first line opens with its credit, a space, then
 * the lede (`据某某晚报报道 7月19日,记者从…`, `某某在线消息 11月份,我县…`): the words before the space
 * credit the report's source, no headline run into the lede (headline-run-into-lede.test.ts), so
 * the text has no title (and a credited outlet is the publisher). A headline before the space that
 * only names an outlet among its words stays the title. Every text here is written for the test.
 */

const REST = "\n据了解，今年以来，市就业局组织开展政策宣传活动120场次。";
const read = (first: string) => {
  const { publication } = parseBulletinText(`${first}${REST}`).bulletin;
  return { title: publication.title, publisher: publication.publisher?.name };
};

describe("a credit, a space and the lede on the first line", () => {
  test.each([
    [
      "据某某晚报报道 7月19日,记者从市就业局获悉,今年上半年,全市共计发放创业担保贷款1.62亿元,同比增长43.57%。",
      "某某晚报",
    ],
    [
      "某某在线消息 11月份,我县规模以上工业继续保持较快发展势头,本月完成现价工业产值9.55亿元,同比增长39%。",
      // (A dateline run on without its space names no publisher: that is another rule's.)
      undefined,
    ],
    [
      "据某县融媒体中心消息 今年以来，全县共发放创业担保贷款3200万元，扶持创业126人。",
      "某县融媒体中心",
    ],
    [
      "據某某晚報報道 7月19日,記者從市就業局獲悉,今年上半年,全市共計發放創業擔保貸款1.62億元。",
      "某某晚報",
    ],
    ["某某日报讯 近日，记者从市就业局获悉，今年上半年全市共发放创业担保贷款1.62亿元。", "某某日报"],
  ])("parseBulletinText: `%s` has no title", (first, publisher) => {
    const facts = read(first);
    expect(facts.title).toBeUndefined();
    if (publisher !== undefined) expect(facts.publisher).toBe(publisher);
  });
});

describe("a headline before the space that names an outlet (counter-cases)", () => {
  test.each([
    [
      "某某在线消息服务平台正式上线 7月19日，记者从市大数据局获悉，平台已受理群众诉求1.2万件。",
      "某某在线消息服务平台正式上线",
    ],
    [
      "某某晚报报道获评全省好新闻 近日，记者从市委宣传部获悉，今年共有12件作品获奖。",
      "某某晚报报道获评全省好新闻",
    ],
    [
      "全市创业担保贷款发放量创新高 7月19日,记者从市就业局获悉,今年上半年共发放1.62亿元。",
      "全市创业担保贷款发放量创新高",
    ],
  ])("parseBulletinText: `%s` opens with its title", (first, title) => {
    expect(read(first).title).toBe(title);
  });
});
