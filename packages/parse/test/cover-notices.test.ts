import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A document printed under the cover notice that issues it (GB/T 9704's 印发通知): the
 * addressees, `现将《…》印发给你们，…` (or `《…》已经…审议通过，现印发给你们，…`), the issuing office,
 * the date and `（此件公开发布）`, then the document (issue 14, batch s15f's county report and an
 * older tuning text's city plan). Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;

const plan = [
  "各乡(镇)人民政府、街道办事处,市政府各部门:",
  "现将《某市卫生事业发展“十四五”规划》印发给你们,请结合实际,认真贯彻执行。",
  "某市人民政府",
  "2021年11月19日",
  "(此件公开发布)",
  "某市卫生事业发展“十四五”规划",
  "为加快卫生事业全面、协调、可持续发展,制定本规划。",
  "一、发展环境",
  "全市共有医疗卫生机构1230个,床位8650张。",
].join("\n");

const report = [
  "各乡镇人民政府,县政府各部门、直属机构:",
  "《政府工作报告》已经县十八届人民代表大会第五次会议审议通过,现印发给你们,请结合实际认真抓好落实。",
  "某县人民政府",
  "2026年2月9日",
  "(此件公开发布)",
  "政 府 工 作 报 告",
  "——2026年1月14日在某县第十八届人民代表大会第五次会议上",
  "县 长 张三",
  "各位代表:",
  "现在,我代表县人民政府向大会报告工作,请予审议。",
  "一、2025年工作回顾",
  "全县地区生产总值增长5.6%。",
].join("\n");

describe("a cover notice over the document it issues", () => {
  test.each([
    ["现将《…》印发给你们", plan, "某市卫生事业发展“十四五”规划", "某市人民政府", "2021-11-19"],
    ["《…》已经…审议通过，现印发给你们", report, "政府工作报告", "某县人民政府", "2026-02-09"],
  ])("(%s) gives the document's title, the office and the date", (_, text, title, office, date) => {
    const b = read(text);
    expect(b.publication.title).toBe(title);
    expect(b.publication.publisher?.name).toBe(office);
    expect(b.issue.publishedOn).toBe(date);
  });

  test("without the office's line, the title and the date", () => {
    const text = plan.replace("某市人民政府\n", "");
    const b = read(text);
    expect(b.publication.title).toBe("某市卫生事业发展“十四五”规划");
    expect(b.issue.publishedOn).toBe("2021-11-19");
  });

  test("the notice's sentence stays in the text", () => {
    expect(JSON.stringify(read(plan).sections)).toContain("请结合实际");
  });

  test.each([
    [
      "a notice that issues nothing (通知如下)",
      "各相关单位:\n现将《某某办法》有关事项通知如下:\n一、工作要求\n全市共受理办件3215件。",
    ],
    [
      "a law named in a report's first sentence",
      "某区国资局\n根据《中华人民共和国政府信息公开条例》规定,现公布2022年度报告。\n一、总体情况\n主动公开政府信息4条。",
    ],
    [
      "addressees far down the text",
      "某市2024年工作动态\n一、工作情况\n本月办理事项12件。\n二、通知\n各相关单位:\n现将《某某方案》印发给你们,请认真执行。",
    ],
  ])("%s gives no title from the 《》", (_, text) => {
    expect(read(text).publication.title ?? "").not.toMatch(/办法|条例|方案/);
  });
});
