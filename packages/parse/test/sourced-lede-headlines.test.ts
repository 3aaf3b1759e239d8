import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy's headline that states a figure (`…同比增12%`), straight over a lede that says where
 * its reporter learnt the news (`记者从某局获悉：…`, `记者日前从某省统计局了解到，…`), or over a
 * sub-headline over such a lede: the title (the sub-headline stays in the text). Over a lede that
 * says nothing of the kind, a headline with a figure the text never states again keeps its old
 * reading (no title). Every text here is written for the test.
 */

const rest = "此外，某省市场主体的海外知识产权布局意识不断增强，提交PCT国际专利申请2680件。";

describe("a figure headline over a lede naming the reporter's source", () => {
  test.each([
    [
      "over a sub-headline",
      [
        "上半年某省企业提交发明专利申请同比增12%",
        "每万人口发明专利拥有量达14.3件",
        "记者从某省知识产权局获悉：今年上半年，全省发明专利申请达6.83万件，共授权发明专利2.17万件。",
      ],
    ],
    [
      "straight over the lede",
      [
        "上半年某省企业提交发明专利申请同比增12%",
        "记者日前从某省知识产权局了解到，今年上半年，全省发明专利申请达6.83万件，共授权发明专利2.17万件。",
      ],
    ],
    [
      "an outlet before the reporter",
      [
        "上半年某省企业提交发明专利申请同比增12%",
        "某某日报记者12日从某省知识产权局获悉，今年上半年，全省发明专利申请达6.83万件，共授权发明专利2.17万件。",
      ],
    ],
  ])("%s: the headline is the title", (_, lines) => {
    const { bulletin } = parseBulletinText([...lines, rest].join("\n"));
    expect(bulletin.publication.title).toBe("上半年某省企业提交发明专利申请同比增12%");
  });

  test("over a lede that names no source: no title", () => {
    // (Over two paragraphs and no other heading, such a line is the text's one headline, and the
    // title: lone-figure-headline.test.ts. Here the lede is the text's one paragraph.)
    const text = [
      "上半年某省企业提交发明专利申请同比增12%",
      "全省上下积极推进复工复产，市场主体创新活跃，发明专利申请和授权数量稳步增长，成效明显。",
    ].join("\n");
    expect(parseBulletinText(text).bulletin.publication.title).toBeUndefined();
  });
});
