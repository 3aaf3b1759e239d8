import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { wrap } from "./corpus/perturb";

/**
 * Lines a PDF's extraction broke at the page's width (corpus/perturb.ts, `rewrap`): a line as
 * wide as the page goes on below whatever it ends with, a number broken at a line's end is one
 * number again; lines of a web copy, a list's like lines and headings stay apart.
 */
const PARAGRAPH =
  "全年市、县区政务服务中心共受理业务166.52万件，办结率100%；市公共资源交易中心完成交易4302笔，成交金额187.72亿元，节资增收13.19亿元；市12345热线接受群众来电来信22.19万件，当场答复16.19万件，形成任务工单5.06万件，接通率95.78%。";

describe("lines broken at a page's width", () => {
  test.each([
    [
      "joins lines as wide as the page that end inside a number",
      "全年市、县区政务服务中心共受理业务166.52万件，办结率1\n00%；市公共资源交易中心完成交易4302笔，成交金额187.72\n亿元，节资增收13.19亿元；市12345热线接受群众来电来信2\n2.19万件，当场答复16.19万件，形成任务工单5.06万件，接\n通率95.78%。",
      PARAGRAPH,
    ],
    [
      "joins a line as wide as the page that ends with a number whose unit opens the next line",
      "一、概况\n本月全区40种主要工业产品中，产量实现同比增长的有33\n种，增长面82.5%，较上月提高了一个百分点，工业生产继\n续保持平稳较快的增长态势，企业效益也有明显的改善和提\n高。",
      "一、概况\n本月全区40种主要工业产品中，产量实现同比增长的有33种，增长面82.5%，较上月提高了一个百分点，工业生产继续保持平稳较快的增长态势，企业效益也有明显的改善和提高。",
    ],
    [
      "joins a run-in heading as wide as the page with the line that ends its title",
      "一、建设“安新办”政务服务系统，网上办事能力不断\n提升。依托建行援建安康智慧治理平台，建设应用政务服\n务系统，不断创新服务手段，丰富服务内涵，提升网办水\n平。",
      "一、建设“安新办”政务服务系统，网上办事能力不断提升。依托建行援建安康智慧治理平台，建设应用政务服务系统，不断创新服务手段，丰富服务内涵，提升网办水平。",
    ],
    [
      "joins a number broken at the end of a paragraph's last line",
      "一、受理概况\n本周所受理的市民诉求中，直办37527件，占52.\n7%，转办33657件。",
      "一、受理概况\n本周所受理的市民诉求中，直办37527件，占52.7%，转办33657件。",
    ],
  ])("%s", (_, text, expected) => {
    expect(repairExtractedText(text)).toBe(expected);
  });

  test.each([
    [
      "keeps a list's like lines apart (each ends where its writer ended it)",
      "一、诉求分类\n本月受理投诉3751件，占比82.13%\n本月受理咨询131件，占比12.87%\n本月受理举报28件，占比10.61%\n本月受理建议16件，占比10.39%",
    ],
    [
      "keeps a heading as wide as the page apart from the paragraph under it",
      "一、总体情况\n（一）强化组织领导，压实工作责任\n今年以来，全县各级各部门坚持把\n督查工作摆在突出位置，强化统筹\n调度，推动重点任务落地见效。",
      "一、总体情况\n（一）强化组织领导，压实工作责任\n今年以来，全县各级各部门坚持把督查工作摆在突出位置，强化统筹调度，推动重点任务落地见效。",
    ],
    [
      "keeps a numbered point apart from the line that introduces it",
      "一、总体情况\n全县各级各部门坚持把督查工作摆\n在突出位置，主要做法和成效如下：\n1.强化统筹调度，推动任务落地。",
      "一、总体情况\n全县各级各部门坚持把督查工作摆在突出位置，主要做法和成效如下：\n1.强化统筹调度，推动任务落地。",
    ],
    [
      "keeps a date line apart from a line that ends with a number",
      "一、总体情况\n本月全区受理群众诉求，共计12\n2022年5月，全区诉求总量继续下\n降，办结率保持在较高的水平上。",
      "一、总体情况\n本月全区受理群众诉求，共计12\n2022年5月，全区诉求总量继续下降，办结率保持在较高的水平上。",
    ],
    [
      "keeps the paragraphs of a web copy apart (a paragraph a line, each as wide as its text)",
      "一、总体情况\n本月全区受理群众诉求4528件，同比增长5.2%\n其中来电3215件，占71.0%，网络留言1313件，占29.0%\n二、办理情况\n本月办结4420件，办结率97.6%，满意率98.1%",
    ],
  ])("%s", (_, text, expected = text) => {
    expect(repairExtractedText(text)).toBe(expected);
  });

  test("parseBulletinText: a paragraph re-wrapped at any page width from 14 to 40 Han characters gives the figures it gives on one line", () => {
    const head = "政务服务月报\n第9期\n某市政务服务中心\n2025年11月10日\n一、总体情况\n";
    const facts = (text: string) =>
      parseBulletinText(text).bulletin.metrics.map((m) => [m.value, m.unit]);
    const whole = facts(head + PARAGRAPH);
    expect(whole.length).toBeGreaterThanOrEqual(9);
    // Every width, numbers kept whole or broken: each breaks the paragraph's numbers elsewhere.
    for (let width = 28; width <= 80; width++) {
      for (const midWord of [false, true]) {
        const text = head + wrap(PARAGRAPH, width, midWord).join("\n");
        expect(facts(text), `width ${width}, midWord ${midWord}`).toEqual(whole);
      }
    }
  });
});
