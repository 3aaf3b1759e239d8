import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A flattened work summary (a document-sharing site's copy, its lines run together) whose first
 * section's heading sums up a year (`一、2010年工作总结`, `一、2022年度工作总结`) and runs straight into
 * its text after the document's title (`…工作规划一、2010年工作总结今年以来，…`): the heading's last
 * words close it, and the text after it is the section's. Every text here is written for the test.
 */

const sections = (text: string): string[] =>
  parseBulletinText(text).bulletin.sections.map((s) => s.title);

const body =
  "二、存在的问题 一是项目推进不快，二是资金保障不足。 三、下步打算 全力推进重点项目建设，确保完成全年目标任务。";

describe("a year's summary heading run straight into its text", () => {
  test.each([
    [
      "某镇“十一五”工作总结及“十二五”工作规划一、2010年工作总结今年以来，我镇紧紧围绕年初目标，完成工业总产值12.3亿元。",
      "2010年工作总结",
    ],
    [
      "某县水利局工作总结和工作计划一、2022年度工作总结全局完成水利投资3.2亿元，同比增长8.1%。",
      "2022年度工作总结",
    ],
  ])("parseBulletinText: `%s` opens the section `%s`", (opening, heading) => {
    expect(sections(`${opening} ${body}`)).toContain(heading);
  });

  test.each([
    // A longer name: the summary's title going on with a plan, a meeting, or a report.
    [
      "某县水利局情况一、2023年工作总结和2024年工作计划 全局完成水利投资3.2亿元。",
      "2023年工作总结",
    ],
    ["某县水利局情况一、2023年工作总结会议召开情况 全局完成水利投资3.2亿元。", "2023年工作总结"],
    ["某县水利局情况一、2023年工作总结报告 全局完成水利投资3.2亿元。", "2023年工作总结"],
    // A digit after the heading: left as it was.
    [
      "某区侨务办公室工作总结报告一、2023年工作总结2023年一年来，在区委的正确领导下，全办共接待来访侨胞320人次。",
      "2023年工作总结",
    ],
  ])("parseBulletinText: `%s` opens no section `%s` (counter-case)", (opening, heading) => {
    expect(sections(`${opening} ${body}`)).not.toContain(heading);
  });
});
