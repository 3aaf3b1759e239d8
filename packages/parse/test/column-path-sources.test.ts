import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's date line whose 来源 value is the path to the page's column, perhaps left open at
 * its end (`时间:2020-12-18 12:13 来源: 新闻联播 > 热点新闻 >`): the line is the page's metadata (not a
 * breadcrumb that makes the headline over it a site's line), the first name of the path is the
 * source and the publisher, and the headline over the line is the title. A source joined to
 * another by a dash (`某某网-某某日报`) and a breadcrumb without a label keep their readings. Written
 * for the rule (formerly held-out-28's 农业农村部 copy from a 新闻联播 page); every text here is
 * invented.
 */

const HEADLINE = "某部：今年8000万亩高标准农田建设任务将完成";
const BODY =
  "某某网消息：某部发布，今年以来高标准农田建设任务稳步推进。\n\n今年1—10月，全国已建成高标准农田约7107万亩，占年度任务量的89%。";

const head = (meta: string) => {
  const { publication, issue } = parseBulletinText(`${HEADLINE}\n\n${meta}\n\n${BODY}`).bulletin;
  return {
    title: publication.title,
    publisher: publication.publisher?.name,
    on: issue.publishedOn,
  };
};

describe("a 来源 value that is the path to the page's column", () => {
  test.each([
    ["left open at its end", "时间:2020-12-18 12:13 来源: 新闻联播 > 热点新闻 >", "新闻联播"],
    ["closed by a name", "时间：2020-12-18 12:13 来源：某某电视台 > 本地新闻", "某某电视台"],
    ["with double marks", "发布时间：2020-12-18 来源：某某网 >> 要闻 >>", "某某网"],
    [
      "with guillemets",
      "来源：某市人民政府网 » 政务动态 » 部门动态 发布时间：2020-12-18",
      "某市人民政府网",
    ],
  ])("%s: its first name is the publisher, the headline the title", (_, meta, publisher) => {
    expect(head(meta)).toEqual({ title: HEADLINE, publisher, on: "2020-12-18" });
  });

  test.each([
    [
      "a source joined to its paper by a dash",
      "时间：2020-12-18 12:13 来源：某某网-某某日报",
      "某某网-某某日报",
    ],
    ["a source without a path", "时间：2020-12-18 12:13 来源：新闻联播", "新闻联播"],
  ])("%s keeps its name", (_, meta, publisher) => {
    expect(head(meta)).toEqual({ title: HEADLINE, publisher, on: "2020-12-18" });
  });

  test("a breadcrumb without a label is still the page's", () => {
    const { publication } = parseBulletinText(
      `某某网 > 本地 > 热线 >\n\n${HEADLINE}\n\n${BODY}`,
    ).bulletin;
    expect(publication.title).toBe(HEADLINE);
  });
});
