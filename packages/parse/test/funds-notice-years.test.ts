import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A funds notice's opening that names who gave the funds before their year (`现将江苏省追加的2018年
 * 东西部扶贫协作资金分配情况公告如下`, `现将省财政厅、省扶贫开发局下达我市2019年…资金26428万元，予以公告`) or
 * allots them now (`现下达我局调整2022年产业帮扶资金1265万元`): the funds' year is the year reported on.
 * The openings are the lines of `haidong-east-west-cooperation-funds-2018-table`,
 * `bazhong-poverty-funds-2019-jxsyczj` and `shangri-la-industry-assistance-funds-2022-table`; the
 * counter-cases those of `xinmi-zwfw-2015`, `yuancheng-geohazard-plan-2016`,
 * `zhangye-rural-revitalization-funds-2023-04` and `town-key-work-2015h1` (shortened).
 */

const body =
  "一、资金来源\n巴州区:省级财政专项扶贫资金2405万元;\n恩阳区:省级财政专项扶贫资金1956万元;\n南江县:省级财政专项扶贫资金4150万元。";

const period = (opening: string) => parseBulletinText(`${opening}\n${body}`).bulletin.issue.period;

describe("the year of the funds a notice announces or allots", () => {
  test.each([
    [
      "根据《青海省完善扶贫资金项目公告公示制度实施细则》有关规定,现将江苏省追加的2018年东西部扶贫协作资金分配情况公告如下:",
      2018,
    ],
    ["现将省财政厅、省扶贫开发局下达我市2019年省级财政专项扶贫资金26428万元,予以公告。", 2019],
    [
      "2022年12月9日,报经市扶贫指挥部同意,现下达我局调整2022年产业帮扶资金1265万元。按照《香格里拉市2022年产业发展工作实施方案》,资金分配使用情况公示如下:",
      2022,
    ],
    ["現將省財政廳下達我縣的2021年銜接推進鄉村振興補助資金分配情況公示如下：", 2021],
  ])("parseBulletinText: `%s` states the year", (opening, year) => {
    expect(period(opening)).toEqual({ kind: "year", year });
  });

  test.each([
    // A year after a list's word: two spans listed, not one year.
    "按照市委、市政府工作安排,现将市行政服务中心“十二五”及2015年工作总结如下:",
    // A document's name, sent out rather than reported on.
    "经区人民政府同意,现将《源城区2016年度地质灾害防治方案》印发给你们,请结合实际,认真组织实施。",
    // One round of several in the year, and no `现`.
    "近日,省财政下达我市2023年第二批中央省级财政衔接推进乡村振兴补助资金15763万元。",
    "现下达你县2023年第二批衔接推进乡村振兴补助资金500万元。",
  ])("parseBulletinText: `%s` states no year (counter-case)", (opening) => {
    expect(period(opening)?.kind).not.toBe("year");
  });

  test("parseBulletinText: a half year after the giver's words stays that half year", () => {
    expect(period("现将我镇2015年上半年重点工作完成情况及下半年工作目标报告如下:")).toEqual({
      kind: "range",
      start: "2015-01-01",
      end: "2015-06-30",
    });
  });
});
