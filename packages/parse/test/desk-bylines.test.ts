import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A credit in brackets under the last paragraph naming a desk inside a body and its writer
 * (`(统计局投资处:顾展)`: a 处, 科, 室 or 股 after the body's 局, 委, 厅, 部, 院 or 中心) is a person's
 * byline, as the corpus README reads the 常州 statistics texts: no publisher. An office's own
 * sign-off (`（市应急局：孙某）`, `（县农业局刘广刚）`) still gives the office. The
 * credits are those of tuning texts (changzhou-industrial-investment-2014h1, changzhou-retail-2015h1,
 * changzhou-services-2013-1-11); the paragraph is written for the test.
 */

const BODY =
  "上半年，全市完成工业投资846.9亿元，同比增长14.1%。其中，高新技术产业完成投资412.6亿元，增长21.3%。";
const publisherOf = (text: string) =>
  parseBulletinText(`发布时间：2014-07-25\n${text}`).bulletin.publication.publisher?.name;

describe("a writer's credit with the desk of a body", () => {
  test.each([
    ["(统计局投资处:顾展)"],
    ["(统计局贸外处:孙立)"],
    ["(统计局核算处:蔡洁)"],
    ["（市农业局综合科 王某）"],
  ])("`%s` under the last paragraph names no publisher", (credit) => {
    expect(publisherOf(`${BODY}\n${credit}`)).toBeUndefined();
  });

  test("run on to the last paragraph, it names none either", () => {
    expect(publisherOf(`${BODY}(统计局工业处:黄涛)`)).toBeUndefined();
  });
});

describe("an office's own sign-off (near misses)", () => {
  test.each([
    ["（市应急局：孙某）", "市应急局"],
    ["(县统计局:王某)", "县统计局"],
    ["(某区统计局 王明)", "某区统计局"],
    ["（县农业局刘广刚）", "县农业局"],
  ])("`%s` names the office", (credit, office) => {
    expect(publisherOf(`${BODY}\n${credit}`)).toBe(office);
  });
});
