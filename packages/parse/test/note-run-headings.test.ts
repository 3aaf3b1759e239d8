import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A note in brackets closing a section, its line run on into the next section's heading
 * (`（备注：办结工单以系统为准）二、数据分析`, as a copy that lost the line break prints it): the
 * heading starts a line of its own when its marker is the next of the text's `一、` sequence and
 * it ends no sentence. A marker out of sequence, a sentence after the marker
 * (`（初步核算）二、三产业…。`) or a bracket inside the line leave the line as it was. Every text here
 * is written for the test.
 */

const sectionsOf = (text: string) => parseBulletinText(text).bulletin.sections.map((s) => s.title);

const before =
  "一、运行情况\n1.2023年10月,受理下派工单1905件,同比下降6.02%,环比下降15.78%;上月未办结工单233件,本月共有工单2138件,同比降低2.20%,环比降低12.45%。\n2.本月回访办结工单1833件,提前办结率69.16%,比全市平均值高7.05%。\n";
const after =
  "\n1.工单类别分析\n本月咨询类工单620件,占32.5%;投诉类工单410件,占21.5%;求助类工单380件,占19.9%;建议类工单120件,占6.3%。";

describe("a section heading run on after a note in brackets", () => {
  test.each([
    ["a 备注 in full-width brackets", "（备注：办结工单以宜春市12345系统为准）二、数据分析"],
    ["a 注 in ASCII brackets", "(注:数据来源于市12345政务服务热线系统)二、数据分析"],
    ["a space before the heading", "（备注：办结工单以系统为准） 二、数据分析"],
  ])("%s: the heading starts a section", (_, line) => {
    expect(sectionsOf(`${before}${line}${after}`)).toEqual(["运行情况", "数据分析"]);
  });

  test.each([
    ["a marker out of sequence", "（备注：办结工单以系统为准）四、数据分析"],
    ["a sentence after the marker", "（初步核算）二、三产业增加值分别增长5.1%和6.3%。"],
    ["a bracket inside the line", "办结工单以系统为准（备注）二、数据分析"],
  ])("%s: no section starts in the line", (_, line) => {
    expect(sectionsOf(`${before}${line}${after}`)).not.toContain("数据分析");
    expect(sectionsOf(`${before}${line}${after}`)).not.toContain(
      "三产业增加值分别增长5.1%和6.3%。",
    );
  });
});
