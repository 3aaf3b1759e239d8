import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A document a sharing site copied without its line breaks, whose numbered points (`1、`, `1.`) run
 * in after a paragraph's `。` rather than after a marker of their own: `…奠定了基础。1、精心组织…活动。
 * 每年…。2、加大救助力度。…`, `（一）重大工程。1、某博物馆工程。…2、新文化中心工程。…`. The first point
 * starts a line when the second, with the same mark, is run in after a later `。` of the line; each
 * is an item with its run-in title. A `1、` after a sentence with no `2、` after it, a `2.5` after a
 * `。`, and points whose marks differ start no line. The last line of a copy cut inside a point
 * (`3、组`) names no issuer. Written for two flattened 工作总结 copies (formerly held-out); every text
 * here is invented.
 */

const read = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    items: bulletin.sections.flatMap((s) => s.items.map((i) => i.title).filter(Boolean)),
    publisher: bulletin.publication.publisher?.name,
  };
};

const LEAD = "某局2024年一季度工作小结在区委的领导下，各项工作有序推进，为完成全年任务打下了基础。";

describe("numbered points run in after a paragraph's end", () => {
  test.each([
    [
      "after the lead paragraph",
      `${LEAD}1、组织开展春节送温暖活动。全区共筹措资金120万元，走访困难家庭800户。2、加大救助帮困力度。全区发放低保金56万元。3、做好养老服务工作。新建站点6个。`,
      ["组织开展春节送温暖活动", "加大救助帮困力度", "做好养老服务工作"],
    ],
    [
      "under an item's run-in title",
      "某局工作总结一、全面发力，设施建设加速推进（一）重大工程。1、某博物馆工程。完成展陈大纲草案。2、新文化中心工程。提出设计建议46条。（二）基层设施。完成20个村综合文化服务中心提标升级。",
      ["重大工程", "某博物馆工程", "新文化中心工程", "基层设施"],
    ],
    [
      "dotted points",
      `${LEAD}1.强化组织领导。成立工作专班3个。2.完善工作机制。出台制度5项。`,
      ["强化组织领导", "完善工作机制"],
    ],
  ])("(%s)", (_, text, titles) => {
    const { items } = read(text);
    for (const t of titles) expect(items).toContain(t);
  });
});

describe("numerals after a sentence that start no line (near-misses)", () => {
  test.each([
    [
      "a first point with no second",
      `${LEAD}1、组织开展春节送温暖活动。全区共筹措资金120万元。`,
      "组织开展春节送温暖活动",
    ],
    [
      "a decimal after the second's place",
      `${LEAD}1.强化组织领导。增长。2.5倍的增幅来自新建项目。`,
      "强化组织领导",
    ],
    [
      "marks that differ",
      `${LEAD}1、强化组织领导。成立工作专班3个。2.完善工作机制。`,
      "强化组织领导",
    ],
  ])("(%s)", (_, text, title) => {
    expect(read(text).items).not.toContain(title);
  });

  test("a copy cut inside a point names no issuer with it", () => {
    const text = `${LEAD}1、组织开展春节送温暖活动。全区共筹措资金120万元。2、加大救助帮困力度。全区发放低保金56万元。3、组`;
    expect(read(text).publisher).not.toBe("3、组");
  });
});
