import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A flattened summary whose title (`…工作总结`, `…工作小结`) runs straight into a first sentence that
 * opens with the lead it works under (`在区委、区政府的领导下，…`, `在上级部门的指导下，…`): the title
 * stands alone. A sentence that works under a lead without a summary's name before it, and a name
 * run into other words, give no such title. Every text here is written for the test.
 */

const titleOf = (text: string) => parseBulletinText(text).bulletin.publication.title;
const BODY =
  "1、精心组织春节期间帮困送温暖活动。全区共走访困难家庭1200户,发放慰问金56万元。2、加大救助帮困工作力度。全区发放临时救助资金83万元。";

describe("a summary's title run into a lede that opens with its lead", () => {
  test.each([
    [
      "某区民政局2021年一季度工作小结",
      "在区委、区政府的领导下,民政工作紧紧围绕全区发展大局,扎实推进各项工作。",
    ],
    ["某县统计局2022年上半年工作总结", "在县委、县政府的正确领导下,我局认真履行统计职能。"],
    ["某镇2020年工作总结", "在上级部门的指导下,我镇各项工作稳步推进。"],
    ["某街道2023年工作小结", "在区委的坚强领导下,街道各项工作取得新成效。"],
  ])("parseBulletinText: `%s` run into `%s`", (title, lede) => {
    expect(titleOf(`${title}${lede}${BODY}`)).toBe(title);
  });
});

describe("no summary's title", () => {
  test.each([
    // A sentence under a lead, no title before it; a name run into words that open no lead.
    ["在区委、区政府的领导下,民政工作紧紧围绕全区发展大局,扎实推进各项工作。"],
    ["我们认真做好工作小结在区委的安排下,各项工作稳步推进。"],
  ])("parseBulletinText: `%s` keeps no such title", (text) => {
    expect(titleOf(`${text}${BODY}`) ?? "").not.toMatch(/小结$|总结$/);
  });
});
