import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { repairLines } from "../src/internal/repair-lines";

/**
 * A report's delivery line (`——2024年11月27日在…会议上`) and its speaker's line under it
 * (`市政府党组成员、市财政局局长 姜国杰`) end where their writer ended them, whatever follows: a
 * page's short lines of body text (a PDF's re-wrapped copy) made the repair read them as one
 * paragraph the width broke, and the two joined became the title, the three title lines over them
 * lost (`chongqing-admin-state-assets-2023-cqrd` under the corpus's `pdf-pages` perturbation, and
 * its first 18 lines alone). Near-misses: a delivery line broken over two lines is still joined
 * whole, and a body line shaped like a speaker's line, under no delivery line, still goes on.
 */

const title = "重庆市人民政府关于2023年度行政事业性国有资产管理情况的专项报告";
const head = [
  `${title} - 重庆人大网`,
  "",
  title,
  "",
  "日期:2025年04月16日 来源: 重庆人大",
  "",
  "重庆市人民政府",
  "",
  "关于2023年度行政事业性国有资产",
  "",
  "管理情况的专项报告",
  "",
  "——2024年11月27日在市六届人大常委会第十二次会议上",
  "",
  "市政府党组成员、市财政局局长 姜国杰",
  "",
  " ",
  "",
];
/** The body as the `pdf-pages` perturbation re-wrapped it: lines a short page's width broke. */
const rewrapped = [
  "市人大常委会:",
  "",
  "受市人民政府市长胡衡华委托,现将我市2023年度行政",
  "事业性国有资产管理情况报告如下。",
  "",
  "一、行政事业性国有资产基本情况",
  "",
  "(一)总体情况。截至2023年底,全市行政事业性资产总",
  "额13822.1亿元,同比增长6.2%;负债总额2981.4亿元,同",
  "比减少0.8%;净资产总额10840.7亿元,同比增长8.3%。",
  "从单位性质看:行政单位资产总额4347.5亿元,负债总额",
  "1143.8亿元,净资产总额3203.7亿元;事业单位资产总额",
  "9474.6亿元,负债总额1837.6亿元,净资产总额7637亿元。",
];
const delivery = "——2024年11月27日在市六届人大常委会第十二次会议上";
const speaker = "市政府党组成员、市财政局局长姜国杰";

const linesOf = (text: string) => repairLines(text).lines.map((l) => l.text);

describe("a delivery line and the speaker's line under it stand apart", () => {
  test.each([
    { what: "the head alone", lines: head },
    { what: "the head and the address", lines: [...head, "市人大常委会:"] },
    { what: "the head over re-wrapped body lines", lines: [...head, ...rewrapped] },
    {
      what: "the head with no blank lines, over re-wrapped body lines",
      lines: [...head, ...rewrapped].filter((l) => l !== ""),
    },
  ])("$what: the title is the three title lines, the two lines each their own", ({ lines }) => {
    const text = lines.join("\n");
    const { bulletin } = parseBulletinText(text);
    expect(bulletin.publication.title).toBe(title);
    const repaired = linesOf(text);
    expect(repaired).toContain(delivery);
    expect(repaired).toContain(speaker);
  });

  test("an undated delivery line keeps its speaker's line apart too", () => {
    const undated = head.map((l) =>
      l === delivery ? "——年11月27日在市六届人大常委会第十二次会议上" : l,
    );
    const repaired = linesOf([...undated, ...rewrapped].join("\n"));
    expect(repaired).toContain("——年11月27日在市六届人大常委会第十二次会议上");
    expect(repaired).toContain(speaker);
  });

  test("a delivery line broken over two lines is still read whole", () => {
    const broken = head.flatMap((l) =>
      l === delivery ? ["——2024年11月27日在市六届人大常委会", "第十二次会议上"] : [l],
    );
    for (const text of [
      [...broken, ...rewrapped],
      [...broken, ...rewrapped].filter((l) => l !== ""),
    ]) {
      const repaired = linesOf(text.join("\n"));
      expect(repaired.join("")).toContain(delivery);
      expect(repaired).toContain(speaker);
      const { bulletin } = parseBulletinText(text.join("\n"));
      expect(bulletin.publication.title).toBe(title);
      expect(bulletin.issue.publishedOn).toBe("2025-04-16");
    }
  });

  test("a body line shaped like a speaker's line, under no delivery line, goes on", () => {
    const text = [
      "某市财政工作情况",
      "",
      "截至2023年底,全市行政事业性资产总额13822.1亿元,同比增长",
      "6.2%;负债总额2981.4亿元,同比减少0.8%;常委会会议听取了",
      "市政府党组成员、市财政局局长 姜国杰",
      "所作的报告,审议了有关事项,提出了审议意见和改进的建议。",
      "截至2023年底,全市行政事业性资产总额13822.1亿元,同比增长",
      "6.2%;负债总额2981.4亿元,同比减少0.8%;净资产总额增长。",
    ].join("\n");
    expect(
      linesOf(text).some((l) =>
        l.includes("会议听取了市政府党组成员、市财政局局长姜国杰所作的报告"),
      ),
    ).toBe(true);
  });
});
