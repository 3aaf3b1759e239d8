import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A yearbook's entry whose parts open with a head in lenticular brackets run into their text
 * (`【概况】 自治区政务服务局于2018年11月成立，…` / `【“一网办”】 一体化政务平台…`): with two or more such
 * heads, each a different one, each heads a section of the text that follows it. A bracketed
 * caption repeated through a news copy (`【解说】` / `【同期】`), one bracketed label alone, and a
 * page's labels (`【来源】`, `【编者按】`) head nothing. Written for the rule (the corpus's shape, an
 * Inner Mongolia yearbook entry, is the first).
 */

const sectionsOf = (text: string) => parseBulletinText(text).bulletin.sections.map((s) => s.title);

describe("bracketed heads run into the parts of a yearbook entry", () => {
  test.each([
    [
      "a provincial office's entry, a space after each head",
      "【概况】 某省政务服务局于2018年11月成立，核定行政编制20名，核定事业编制30名。负责统筹推进全省“放管服”改革和优化政务服务工作。\n【“一网办”】 一体化政务平台以“五个统一”为主要内容，全省59万项事项实现“进一网，能通办”，平台有注册用户2446万。",
      ["概况", "“一网办”"],
    ],
    [
      "a city statistics bureau's entry, no space",
      "【概况】2021年，某市统计局内设机构6个，在编人员45名。全年完成各类统计调查任务120项。\n【统计调查】全年组织开展人口抽样调查、劳动力调查等专项调查8项，调查样本2.3万户。\n【统计服务】编印《某市统计年鉴》1部，发布统计公报1期、统计分析28篇。",
      ["概况", "统计调查", "统计服务"],
    ],
    [
      "a county justice bureau's entry",
      "【人民调解】 2020年，全县共有人民调解委员会215个，调解各类纠纷3157件，调解成功率98%。\n【法律援助】 全县办理法律援助案件426件，提供法律咨询3800人次。",
      ["人民调解", "法律援助"],
    ],
  ])("%s: each head is a section's title", (_, text, titles) => {
    expect(sectionsOf(text)).toEqual(titles);
  });
});

test("a count inside a clause of a later part is a figure, as in the first part", () => {
  const { metrics } = parseBulletinText(
    "【概况】 某省政务服务局于2018年11月成立，核定行政编制20名。\n【“一网办”】 系统对接互联，梳理确定省本级41个垂建业务审批系统，逐项开展与一体化政务平台对接。",
  ).bulletin;
  expect(metrics?.map((m) => [m.value, m.unit])).toContainEqual([41, "个"]);
});

describe("bracketed words that head no part (counter-cases)", () => {
  test("captions repeated through a news copy", () => {
    const text =
      "【解说】10月21日，某省人社厅召开第三季度新闻发布会，介绍前三季度全省就业情况。\n【同期】某省人社厅就业促进处处长 张某\n【解说】张某表示，前三季度全省城镇新增就业58万人，完成全年目标任务的89%。\n【同期】某省人社厅就业促进处处长 张某";
    const titles = sectionsOf(text);
    expect(titles).not.toContain("解说");
    expect(titles).not.toContain("同期");
  });

  test("one bracketed label alone", () => {
    const text =
      "【部门动态】春节黄金周期间我市共发送旅客93.51万人次，同比增长5.2%。\n全市各客运站共投入运力1200辆，加开班次3500个。";
    expect(sectionsOf(text)).not.toContain("部门动态");
  });

  test("a page's labels", () => {
    const text =
      "【编者按】 今年以来，某市持续深化政务服务改革，现将有关情况整理如下。\n【来源】 某市政务服务数据管理局网站，2023年12月5日发布。\n全市政务服务事项网上可办率达98.6%，即办件占比提高到45.2%。";
    const titles = sectionsOf(text);
    expect(titles).not.toContain("编者按");
    expect(titles).not.toContain("来源");
  });
});
