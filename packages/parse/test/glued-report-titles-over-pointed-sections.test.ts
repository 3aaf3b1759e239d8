import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report a document site copied with no break at all, its title's last word (`总结`, `计划`, `报告`)
 * run straight into the first section's marker, and that heading straight into its first point:
 * `…工作总结和工作计划一、上半年工作总结1、扎实推动民生工程。…`, `…工作计划一、年度工作总结（一）考核指标
 * 1.监测指标。…`, on the text's first line (its title's). The section starts a line (its heading a
 * section), and so does its first point (an item with its run-in title); a first item whose heading
 * runs straight into its own first numbered point (`（一）考核指标1.监测指标。`) is cut there too. A
 * marker after a title's word whose heading runs into no point, a list of ordinals (`计划一、二季度`),
 * an item's heading that holds a figure (`（一）受理量1.5万件`), and a title glued to its marker on a later
 * line (a sentence's words may run into `一、` there) are left. Written for two flattened
 * 工作总结和工作计划 copies (formerly held-out); every text here is invented.
 */

const read = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    sections: bulletin.sections.map((s) => s.title),
    items: bulletin.sections.flatMap((s) => s.items.map((i) => i.title).filter(Boolean)),
  };
};

const BODY = "全县共调出低保对象402人，调进413人，低保政策落实更加有效。";

describe("a title's last word run into a section run into its first point", () => {
  test.each([
    [
      "a numbered point",
      `某局上年工作总结和下年工作计划一、上半年工作总结1、扎实有序推动民生工程。${BODY}2、扎实开展双拥创建活动。${BODY}`,
      "上半年工作总结",
      ["扎实有序推动民生工程", "扎实开展双拥创建活动"],
    ],
    [
      "an item, its heading run into a numbered point",
      `某局工作总结和工作计划一、年度工作总结（一）省、市考核指标1.小康监测指标。${BODY}2.文化设施指标。${BODY}`,
      "年度工作总结",
      ["省、市考核指标", "小康监测指标", "文化设施指标"],
    ],
    [
      "a report",
      `某县2023年政府工作报告一、过去一年工作回顾（一）经济运行稳中有进。${BODY}`,
      "过去一年工作回顾",
      ["经济运行稳中有进"],
    ],
  ])("(%s)", (_, text, section, items) => {
    const read1 = read(text);
    expect(read1.sections).toContain(section);
    for (const t of items) expect(read1.items).toContain(t);
  });
});

describe("markers after a title's word that start no line (near-misses)", () => {
  test.each([
    [
      "a heading that runs into no point",
      `按照年度工作计划一、上半年工作总结。${BODY}`,
      "上半年工作总结",
    ],
    [
      "a list of ordinals",
      `按照年度工作计划一、二季度重点工作1、扎实推动民生工程。${BODY}`,
      "二季度重点工作",
    ],
  ])("(%s)", (_, text, section) => {
    expect(read(text).sections).not.toContain(section);
  });

  test("a title's word glued to a marker on a later line is not cut", () => {
    const text = `某局工作汇编\n某局上年工作总结和下年工作计划一、上半年工作总结1、扎实有序推动民生工程。${BODY}`;
    expect(read(text).sections).not.toContain("上半年工作总结");
  });

  test("an item's heading holding a figure is not cut before its `1.`", () => {
    const text = `某局工作总结和工作计划一、年度工作总结（一）受理量1.5万件。${BODY}`;
    expect(read(text).items).not.toContain("受理量");
  });
});
