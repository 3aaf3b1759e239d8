import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper's digital edition prints a bar over a report with the paper's running issue count
 * and the page (`1886 期 / 第2版:2`, `3721期 本期18288版 当前B1 上一版 下一版`; issue 14, two
 * papers' pages of formerly held-out sets): the count is the paper's total number (no 第: not
 * the issue's number of its year), and the bar is the page's, not the title; so is the edition's
 * search box (`文章检索`, `关键字: 标 题: 作 者:`). Every text here is written for the test.
 */

const HEADLINE = "东林县入围全省营商环境十佳县";
const BODY =
  "本报讯 日前，全省营商环境评价结果发布，东林县以86.5分位列第7位，较上年前移3位。\n\n近年来，东林县新增市场主体1.2万户，同比增长14.6%。";

const read = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    title: bulletin.publication.title,
    number: bulletin.issue.number,
    totalNumber: bulletin.issue.totalNumber,
    text: JSON.stringify(bulletin.sections),
  };
};

describe("a newspaper's issue bar over a report", () => {
  test.each([
    { bar: "1886 期 / 第2版:2", total: 1886 },
    { bar: "2417期 / 第3版：要闻", total: 2417 },
    { bar: "3721期 本期18288版 当前B1 上一版   下一版", total: 3721 },
    { bar: "958期 当前A3 上一版 下一版", total: 958 },
  ])("parseBulletinText: `$bar` gives the total number $total, not the title", ({ bar, total }) => {
    const got = read(`${bar}\n${HEADLINE}\n\n${BODY}`);
    expect(got.totalNumber).toBe(total);
    expect(got.number).toBeUndefined();
    expect(got.title).toBe(HEADLINE);
    expect(got.text).not.toContain("上一版");
  });

  test("parseBulletinText: the edition's search box over the bar is the page's too", () => {
    const got = read(
      `返回首页\n文章检索\n关键字: 标 题: 作 者:\n3721期 本期18288版 当前B1 上一版\n${HEADLINE}\n\n${BODY}`,
    );
    expect(got.title).toBe(HEADLINE);
    expect(got.text).not.toContain("检索");
    expect(got.text).not.toContain("关键字");
  });

  test.each([
    // An issue of a year with its page is the issue's number, as before.
    { line: "2024年第5期 第2版", total: undefined },
    // A sentence that counts issues and pages.
    { line: "全年共出版报纸52期，每期8版。", total: undefined },
  ])("parseBulletinText: `$line` gives no total number (counter-case)", ({ line, total }) => {
    expect(read(`${HEADLINE}\n${line}\n\n${BODY}`).totalNumber).toBe(total);
  });
});
