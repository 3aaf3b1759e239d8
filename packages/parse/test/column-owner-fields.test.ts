import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's 栏目 field whose value names the body whose site it is before the column
 * (`栏目: 宜昌市医疗保障局 -通知公告`, `所属栏目：某县统计局 > 统计数据`): the body is the publisher when
 * no 来源 or 发布机构 names one. A column alone (`栏目：通知公告`) names none. Written for the rule (the
 * corpus's shape is the first).
 */

const headline = "宜昌市2020年上半年医疗保障事业发展统计快报";
const body =
  "一、基本医疗保险\n截至2020年上半年，全市基本医疗保险参保人数3792077人，同比增长2.76%。";
const facts = (meta: string) => {
  const { bulletin } = parseBulletinText(`登录 注册 退出\n${headline}\n${meta}\n${body}`);
  return {
    title: bulletin.publication.title,
    publisher: bulletin.publication.publisher?.name,
    publishedOn: bulletin.issue.publishedOn,
  };
};

describe("a 栏目 field that names the site's body before its column", () => {
  test.each([
    ["栏目: 宜昌市医疗保障局 -通知公告 发布时间:2020-08-24 加入收藏", "宜昌市医疗保障局"],
    ["所属栏目：某县统计局 > 统计数据 发布日期：2020-08-24", "某县统计局"],
    ["发布时间：2020-08-24 栏目：某市人民政府办公室_政务动态", "某市人民政府办公室"],
  ])("`%s` names %s", (meta, publisher) => {
    expect(facts(meta)).toEqual({ title: headline, publisher, publishedOn: "2020-08-24" });
  });
});

describe("栏目 fields that name no publisher (counter-cases)", () => {
  test("a column alone names none", () => {
    expect(facts("栏目：通知公告 发布时间：2020-08-24").publisher).toBeUndefined();
  });

  test("a 来源 on the page names the publisher before the 栏目's body", () => {
    expect(
      facts("栏目: 宜昌市医疗保障局 -通知公告 来源：市医保局规财科 发布时间:2020-08-24").publisher,
    ).toBe("市医保局规财科");
  });
});
