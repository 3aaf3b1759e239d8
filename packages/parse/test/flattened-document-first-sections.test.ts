import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `…调研残疾人工作的汇报 一、基本情况 县位于…`, `…考核材料 一、总体情况 2024年，…`, `…工作总结】 一、20xx年
 * 各项工作目标任务完成情况 （一）…`, `…提出意见和建议。 一、2023年工作回顾 2023年，…`: a document-sharing
 * site's copy flattened into one line, its title (ending in the document's kind: 汇报, 报告, 材料, 总结,
 * perhaps closed by the site's `】`) or a sentence run into its first section `一、`, whose heading a
 * space ends and may open with its year (`2023年`, a template's `20xx年`). Near-misses: a title
 * ending in other words (`…疫情情况`, `…工作会议`), no space before the marker, a heading with a
 * figure after its year, a heading whose words run on into a sentence, a heading whose quote the
 * space leaves open (a PDF's gap). Written for the rule (four
 * flattened reports of the formerly held-out sets 60–105); every text here is invented.
 */

const read = (text: string) => parseBulletinText(text).bulletin.sections.map((s) => s.title);

const BODY =
  "全镇共有村12个，户籍人口3.2万人，其中残疾人1260人，持证残疾人980人。全年新办残疾人证86本。";
const MORE = " 二、主要工作 全年发放补贴资金126万元，惠及残疾人940人。";

describe("a flattened document's title or sentence run into its first section", () => {
  test.each([
    [
      "after a title ending in 汇报",
      `1、某市残联领导来我镇调研残疾人工作的汇报 一、基本情况 ${BODY}${MORE}`,
      "基本情况",
    ],
    [
      "after a title ending in 材料",
      `某镇党建工作考核材料 一、总体情况 2024 年，${BODY}`,
      "总体情况",
    ],
    ["after a title ending in 报告", `某镇残疾人工作调研报告 一、基本概况 ${BODY}`, "基本概况"],
    [
      "after a title ending in 總結 (traditional)",
      `某鎮2021年工作總結 一、主要成效 ${BODY}`,
      "主要成效",
    ],
    [
      "after a site's tag closed by 】, a template's year",
      `某局2020年工作总结 【 - 某局工作总结】 一、20xx年各项工作目标任务完成情况 （一）民生工程圆满完成 ${BODY}`,
      "20xx年各项工作目标任务完成情况",
    ],
    [
      "after a sentence, the heading opening with its year",
      `各位代表：现在，我代表镇人民政府作工作报告，请予审议。 一、2023年工作回顾 2023年，${BODY}`,
      "2023年工作回顾",
    ],
  ])("%s", (_, text, heading) => {
    expect(read(text)).toContain(heading);
  });

  test.each([
    ["a title ending in 情况", `本市发布残疾人工作情况 一、基本概况 ${BODY}`, "基本概况"],
    ["a title ending in 会议", `某镇召开残疾人工作会议 一、基本概况 ${BODY}`, "基本概况"],
    ["no space before the marker", `某镇党建工作考核材料一、总体情况 ${BODY}`, "总体情况"],
    [
      "a figure after the year",
      `某镇工作总结 一、2023年完成投资3亿元 ${BODY}`,
      "2023年完成投资3亿元",
    ],
    ["a sentence after the marker", `某镇工作总结 一、总体情况，见下文。 ${BODY}`, "总体情况"],
    [
      "a quote the space leaves open",
      `某镇工作总结 一、紧扣“两大 提升”，实施“四大行动” ${BODY}`,
      "紧扣“两大",
    ],
  ])("near-miss: %s starts no section there", (_, text, heading) => {
    expect(read(text)).not.toContain(heading);
  });
});
