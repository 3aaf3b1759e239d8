import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copied news item's headline that states a figure (`某县上半年完成交通投资12.5亿元`), the one heading
 * of its text, straight over two paragraphs of sentences and no other heading before the page's foot:
 * the title, though no breadcrumb, lede shape or restated figure vouches for it. A figure subhead
 * over one paragraph and the next subhead, a headline over a short line, and a line too long for a
 * headline keep their reading (no title).
 */

const para1 =
  "公路建设完成投资5.6亿元。东环路6月底建成通车，南山隧道控制性工程加快推进，两个新改建项目有序实施。";
const para2 =
  "笔者从该县发改部门获悉，农村公路完成投资4.2亿元，共有120个建制村通上水泥路，占全年目标任务的六成。";
const para3 = "水运设施完成投资0.7亿元。县城客运站外观改造即将完成，两座码头正在加紧施工建设。";

const titleOf = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a lone headline stating a figure over paragraphs", () => {
  test.each([
    ["two paragraphs", ["某县上半年完成交通投资12.5亿元", para1, para2]],
    ["three paragraphs", ["甲市前10个月招商引资到位资金近9亿元", para1, para2, para3]],
    [
      "the page's foot under them",
      ["某区一季度完成固定资产投资48.3亿元", para1, para2, "责任编辑：", "李某"],
    ],
  ])("%s: the first line is the title", (_name, lines) => {
    expect(titleOf(lines.join("\n\n"))).toBe(lines[0]);
  });

  test.each([
    [
      "a subhead over one paragraph and another subhead",
      ["群众总体满意率97.01%", para1, "按期办结率98.5%", para2],
    ],
    [
      "a heading further down",
      ["某县上半年完成交通投资12.5亿元", para1, para2, "农村公路建设提速", para3],
    ],
    ["a short line under it", ["某县上半年完成交通投资12.5亿元", "图为某某现场", para1, para2]],
    ["a first line too short", ["投资12.5亿元", para1, para2]],
  ])("%s: no title", (_name, lines) => {
    expect(titleOf(lines.join("\n\n"))).toBeUndefined();
  });
});

describe("a paragraph wrapped at a page's width", () => {
  test("its first line stays no title", () => {
    const wrapped = [
      "今年一季度甲市监管的138家市属企业累计实现营业",
      "收入2357.6亿元，同比增长9.1%，其中3月",
      "份当月实现营业收入935.4亿元，3月份比2月份",
      "环比增长26.8%，一季度累计实现利润119.9",
      "亿元，同比增长4.8%。",
      "",
      para1,
      "",
      para2,
    ].join("\n");
    expect(titleOf(wrapped)).toBeUndefined();
  });
});
