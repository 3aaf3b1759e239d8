import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper feature's head with its sub-head stacked under it, each on its own line, between
 * paragraphs (`各项政策措施落地显效` / `调查失业率回落，就业形势好转`): the sub-head, longer than the head
 * and a phrase of clauses parted by a comma, is a heading of its own, not the head's second line; the
 * head's part passes on to it what its figures are (the first part's are data). A heading the page's
 * width broke (its longer part first) or a longer second line with no comma is still one heading.
 * Written for the rule (batch s17b's 人民日报 feature on a portal had its two sub-heads read as one);
 * every text here is invented.
 */

const LEDE = "某部日前发布三季度就业数据，1至9月城镇新增就业1001万人，就业形势总体稳定。";
const PART =
  "今年以来，受疫情影响，就业形势出现波动。缓缴2002万元社保费、收到留工培训补助65万元……某企业经理算了算最近获得的政策支持。";

const read = (heads: string[]) => {
  const { bulletin } = parseBulletinText(
    ["三季度就业形势总体稳定", "来源：某某网", LEDE, ...heads, PART].join("\n"),
  );
  return {
    sections: bulletin.sections.map((s) => s.title),
    figures: bulletin.metrics.map((m) => `${m.value}${m.unit}`),
  };
};

describe("a sub-head stacked under its head", () => {
  test.each([
    [["各项政策措施落地显效", "调查失业率回落，就业形势好转"]],
    [["政策红利持续释放", "企业减负增效，岗位稳中有增"]],
  ])("%j: two headings", (heads) => {
    expect(read(heads).sections).toEqual(expect.arrayContaining(heads));
  });

  test("the sub-head's part keeps the head's figures (the first part's are data)", () => {
    expect(read(["各项政策措施落地显效", "调查失业率回落，就业形势好转"]).figures).toContain(
      "20020000元",
    );
  });

  test.each([
    [
      "a heading the width broke, its longer part first",
      ["全面推进政务服务标准化规范化便利化", "持续优化营商环境"],
      "全面推进政务服务标准化规范化便利化持续优化营商环境",
    ],
    [
      "a longer second line with no comma",
      ["政务服务", "持续优化营商环境和市场环境建设"],
      "政务服务持续优化营商环境和市场环境建设",
    ],
  ])("%s: one heading", (_, heads, joined) => {
    expect(read(heads).sections).toContain(joined);
  });
});
