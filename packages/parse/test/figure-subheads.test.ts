import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news item's subheads (小标题) that state a figure (`群众总体满意率97.01%`, `5家单位存在逾期现象`):
 * short heading lines, each standing between paragraphs (the line over it closes a sentence, the
 * line under it is running text), in a text that prints two such lines or more. They head sections
 * as the subheads without a figure do. A single short line with a figure between paragraphs (a
 * highlighted figure, a chart's label) and one-cell-a-line data stay the text's. Written for the
 * rule (the corpus's shape is the first).
 */

const headline = "7月份市长热线办理情况通报";
const meta = "2022/9/3 来源:某某晚报";
const titles = (text: string) => parseBulletinText(text).bulletin.sections.map((s) => s.title);

describe("subheads of a news item that state a figure", () => {
  test.each([
    {
      what: "the corpus's shape: two subheads with a figure and one without",
      body: [
        "受理群众和企业诉求件，群众总体满意率97.01%；3家单位逾期未办理……这是记者从通报中了解到的情况。",
        "群众总体满意率97.01%",
        "7月份，市长热线系统共受理群众和企业诉求件，较上月下降1.52%，按时办结率99.94%。",
        "市场监管热线分中心共受理群众诉求件，其中线上直接回复件。",
        "5家单位存在逾期现象",
        "7月份，因工单回复不全面、存在错别字等原因，系统共回退工单件。",
        "公共安全类问题增长最快",
        "从受理件性质来看，反映问题类件，占比79.62%；咨询建议类件，占比15.29%。",
      ],
      expected: ["群众总体满意率97.01%", "5家单位存在逾期现象", "公共安全类问题增长最快"],
    },
    {
      what: "every subhead with a figure",
      body: [
        "记者从市统计局获悉，上半年全市经济运行稳中有进。",
        "地区生产总值增长5.2%",
        "上半年，全市实现地区生产总值1234.5亿元，同比增长5.2%，增速比一季度加快0.3个百分点。",
        "规上工业增加值增长6.1%",
        "上半年，全市规模以上工业增加值同比增长6.1%，其中制造业增长6.8%。",
      ],
      expected: ["地区生产总值增长5.2%", "规上工业增加值增长6.1%"],
    },
    {
      what: "a count in ten thousands, the paragraphs closing with `！`",
      body: [
        "今年以来，全区政务服务水平持续提升！",
        "网上办件量突破1.2万件",
        "截至6月底，全区网上办件量达12036件，同比增长23.5%，全程网办率达到85%。",
        "群众满意度保持较高水平",
        "6月份，全区政务服务好差评共收到评价8562条，好评率99.8%。",
      ],
      expected: ["网上办件量突破1.2万件", "群众满意度保持较高水平"],
    },
  ])("parseBulletinText: $what heads sections", ({ body, expected }) => {
    const found = titles(`${headline}\n${meta}\n${body.join("\n")}`);
    for (const t of expected) expect(found).toContain(t);
  });
});

test("parseBulletinText: subheads with a figure stay apart when a page's width broke the paragraphs", () => {
  const wrap = (p: string) => p.match(/.{1,20}/g)?.join("\n") ?? p;
  const body = [
    wrap("7月份，市长热线系统共受理群众和企业诉求件，较上月下降1.52%，按时办结率99.94%。"),
    "5家单位存在逾期现象",
    wrap("7月份，因工单回复不全面、存在错别字等原因，系统共回退工单134件，其中谯城区政府44件。"),
    "公共安全类问题增长最快",
    wrap("从受理件性质来看，反映问题类件占比79.62%，咨询建议类件占比15.29%，无效电话件占比3.76%。"),
  ];
  const { bulletin } = parseBulletinText(`${headline}\n${meta}\n${body.join("\n")}`);
  const found = bulletin.sections.map((s) => s.title);
  expect(found).toContain("5家单位存在逾期现象");
  expect(found).toContain("公共安全类问题增长最快");
  expect(JSON.stringify(bulletin.sections)).toContain("系统共回退工单");
});

describe("short lines with a figure that are no subheads (counter-cases)", () => {
  test("a single highlighted figure between paragraphs stays the text's", () => {
    const body = [
      "7月份，市长热线系统共受理群众和企业诉求件，较上月下降1.52%。",
      "群众总体满意率97.01%",
      "按时办结率99.94%，逾期未办理9件，逾期办理2件。",
    ];
    const found = titles(`${headline}\n${meta}\n${body.join("\n")}`);
    expect(found).not.toContain("群众总体满意率97.01%");
  });

  test("cells printed one a line between paragraphs stay the text's", () => {
    const body = [
      "7月份，市长热线系统共受理群众和企业诉求件，较上月下降1.52%。",
      "受理总量",
      "1234件",
      "办结量",
      "1200件",
      "按时办结率99.94%，逾期未办理9件，逾期办理2件。",
      "5家单位存在逾期现象",
      "因工单回复不全面等原因，系统共回退工单134件。",
    ];
    const found = titles(`${headline}\n${meta}\n${body.join("\n")}`);
    expect(found).not.toContain("1234件");
    expect(found).not.toContain("1200件");
  });

  test("a paragraph's first line a page's width broke, holding a figure, stays the text's", () => {
    const body = [
      "7月份，市长热线系统共受理群众和企业诉求件，较上月下降1.52%。",
      "今年以来，全市共受理12345件",
      "，同比增长5.6%，按时办结率99.94%。",
      "5家单位存在逾期现象",
      "因工单回复不全面等原因，系统共回退工单134件。",
    ];
    const found = titles(`${headline}\n${meta}\n${body.join("\n")}`);
    expect(found.some((t) => t.includes("12345"))).toBe(false);
  });
});
