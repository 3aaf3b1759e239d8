import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copy that lost its title and opens on the head of its first part (`利用外资取得新进展` straight over a
 * paragraph), another head of that shape, as long or longer, over a paragraph further on: the first
 * line heads the first part, no title, and the figures of that part are the report's data (as the
 * text before any heading is). A line naming a period or a report's kind, two phrases a space or a
 * colon parts, a short column's name, or a headline longer than the subheads under it stays the
 * title. Every example is written for the rule, not taken from a page.
 */

const copy = (first: string, second: string) =>
  `${first}\n今年以来，全市新批外商投资企业128家，比去年同期增长6.1%，新批500万美元以上的大项目31个。\n合同外资额8.2亿美元，增长12.4%，占全部合同外资额的七成以上。\n${second}\n前三季度全市外贸出口总额45.6亿美元，增长9.8%，其中机电产品出口21.3亿美元。`;

describe("a part's head opening a copy without a title", () => {
  test.each([
    ["利用外资取得新进展", "外贸出口保持较快增长"],
    ["改革背景与目标", "流程重构成果"],
    ["城乡居民收入增加", "居民消费价格上涨超出预期"],
    ["就业形势总体稳定", "社会保险扩面提质"],
  ])("parseBulletinText: `%s` heads the first part, no title", (first, second) => {
    const { bulletin } = parseBulletinText(copy(first, second));
    expect(bulletin.publication.title).toBeUndefined();
    expect(bulletin.sections.map((s) => s.title)).toEqual([first, second]);
    // The first part's counts are its data: `31个` is read, `500万美元` stays in its label.
    expect(bulletin.metrics.some((m) => m.value === 31 && m.unit === "个")).toBe(true);
  });

  test.each([
    // A period or a report's kind: the title.
    ["2024年某市外资运行情况", "外贸出口保持较快增长"],
    ["某县利用外资工作总结", "外贸出口保持较快增长"],
    // Two phrases a space or a colon parts: a news headline.
    ["转型升级显成效 外资增势较好", "外贸出口保持较快增长"],
    ["某县：外资项目加快落地", "外贸出口保持较快增长"],
    // A headline longer than the head found under it.
    ["某市加快构建开放型经济新体制", "出口增长较快"],
    // A column's name.
    ["外资动态", "外贸出口"],
  ])("parseBulletinText: `%s` over `%s` stays the title (counter-case)", (first, second) => {
    const { bulletin } = parseBulletinText(copy(first, second));
    // (A headline's space is not kept.)
    expect(bulletin.publication.title).toBe(first.replace(/\s+/g, ""));
  });

  test("parseBulletinText: a copy with one head alone keeps it as its title (counter-case)", () => {
    const text =
      "利用外资取得新进展\n今年以来，全市新批外商投资企业128家，比去年同期增长6.1%。\n合同外资额8.2亿美元，增长12.4%，占全部合同外资额的七成以上。";
    expect(parseBulletinText(text).bulletin.publication.title).toBe("利用外资取得新进展");
  });
});
