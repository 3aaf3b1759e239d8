import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A document flattened onto one line whose title (`关于…的通报`, `…的通知`, `…的报告`) runs straight on
 * into its addressee (`各相关单位：`, `各乡镇、县直各单位：`), as GB/T 9704 prints them on two lines:
 * the title is the words before the addressee. A line that opens with 关于 inside a sentence
 * (`关于…的通报精神，各单位：`) or names no addressee is left whole. Written for the rule (formerly
 * held-out-36's county 通报 of website checks flattened to one line); the texts are invented.
 */

const REST =
  "根据省市要求，我单位组织开展了2023年第一季度全县政府网站检查工作，现将有关情况通报如下：县政府门户网站共发布信息7445条，按期办结率94.5%。";
const titleOf = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a flattened title run into its addressee", () => {
  test.each([
    ["关于2023年第一季度全县政府网站与政务新媒体检查情况的通报", "各相关单位："],
    ["关于2023年第一季度全县政府网站与政务新媒体检查情况的通报", "各相关单位:"],
    ["关于开展2024年度政务服务满意度评价工作的通知", "各乡镇人民政府、县直各单位："],
    ["关于2023年上半年重点项目推进情况的报告", "各镇（街道）、县直有关部门："],
  ])("parseBulletinText: `%s` run into `%s` is the title", (title, addressee) => {
    expect(titleOf(`${title}${addressee}${REST}`)).toBe(title);
  });

  test.each([
    "关于2023年第一季度全县政府网站与政务新媒体检查情况的通报根据省市要求，我单位组织开展了检查工作。",
    "为贯彻关于2023年第一季度全县政府网站检查情况的通报精神，各相关单位：要认真整改。",
  ])("parseBulletinText: `%s` is not parted (counter-case)", (line) => {
    expect(titleOf(`${line}${REST}`)).not.toBe(
      "关于2023年第一季度全县政府网站与政务新媒体检查情况的通报",
    );
  });
});
