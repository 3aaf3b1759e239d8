import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report's head and sub-head stacked on two lines (`消费市场持续回暖` / `线上零售增势强劲`),
 * each a whole phrase, the lower as long as the upper or longer, are two headings, not one heading
 * broken over two lines, when running text follows. A heading the page's width broke (its lower
 * line the shorter) stays one, and so does a pair over another short line.
 * Every text here is written for the test.
 */

const opening = "记者从市统计局获悉，今年以来全市经济运行延续稳定恢复态势。";
const body = "1—5月份，全市社会消费品零售总额同比增长8.6%，其中网上零售额增长21.3%。";
const titles = (text: string): string[] =>
  parseBulletinText(text).bulletin.sections.map((s) => s.title);

describe("a head and its sub-head on two lines", () => {
  test.each([
    ["消费市场持续回暖", "线上零售增势强劲"],
    ["工业生产保持平稳增长", "装备制造业增势较为强劲"],
    ["外贸进出口稳中有升", "民营企业出口增长较快"],
  ])("`%s` / `%s` are two headings", (head, sub) => {
    const got = titles(`${opening}\n${head}\n${sub}\n${body}`);
    expect(got).not.toContain(`${head}${sub}`);
    expect(got.includes(head) || got.includes(sub)).toBe(true);
  });

  test.each([
    ["a lower line shorter", "关于全市消费品市场运行", "情况分析"],
    ["a short upper line", "消费市场", "持续回暖态势明显"],
    ["a line with a mark", "消费市场持续回暖", "线上、线下零售增势强劲"],
  ])("%s stays one heading", (_, head, sub) => {
    const got = titles(`${opening}\n${head}\n${sub}\n${body}`);
    expect(got).toContain(`${head}${sub}`);
  });

  test("a pair over another short line stays as before", () => {
    const text = `${opening}\n消费市场持续回暖\n线上零售增势强劲\n更多精彩内容\n${body}`;
    expect(titles(text)).not.toContain("线上零售增势强劲");
  });
});
