import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A release's headline over the day it was issued, without its year (`（9月16日）`, the opening
 * bracket perhaps lost: `9月16日）`), then the issuer's name alone over the text: the issuer is the
 * publisher, as it is under a whole date (`（2022年9月16日）`), and no date is made up for the day.
 * A day line over no issuer's line, or a line that goes on after the day, stays in the text. Every
 * example here is written for the rule, not taken from a page.
 */

const headline = "8月份全市经济持续恢复 主要指标总体改善";
const text =
  "8月份，面对复杂严峻的外部环境，全市上下高效统筹疫情防控和经济社会发展，经济延续恢复发展态势。\n一、工业生产回升\n8月份，全市规模以上工业增加值同比增长4.2%，比上月加快0.4个百分点。";

const parse = (head: string) => parseBulletinText(`${headline}\n${head}\n${text}`).bulletin;

describe("a yearless day line between the headline and the issuer", () => {
  test.each([
    ["（9月16日）", "某市统计局"],
    ["(9月16日)", "某市统计局"],
    ["9月16日）", "某市统计局"],
    ["9月16日", "某市统计局"],
    ["（10月8日）", "某县发展和改革局"],
  ])("`%s` / `%s`: the issuer is the publisher", (day, issuer) => {
    const b = parse(`${day}\n${issuer}`);
    expect(b.publication.publisher?.name).toBe(issuer);
    expect(b.publication.title).toBe(headline.replace(" ", ""));
    expect(b.issue.publishedOn).toBeUndefined();
    expect(b.sections.map((s) => s.title)).not.toContain(issuer);
  });

  test("under a whole date the issuer was the publisher already", () => {
    const b = parse("（2022年9月16日）\n某市统计局");
    expect(b.publication.publisher?.name).toBe("某市统计局");
    expect(b.issue.publishedOn).toBe("2022-09-16");
  });
});

describe("near-misses that stay in the text", () => {
  test("a day line over the text, no issuer's line", () => {
    const b = parse("（9月16日）");
    expect(b.publication.publisher).toBeUndefined();
    expect(JSON.stringify(b.sections)).toContain("9月16日");
  });

  test("a line that goes on after the day", () => {
    const b = parse("9月16日，某市统计局发布数据\n某市统计局");
    expect(JSON.stringify(b.sections)).toContain("某市统计局发布数据");
  });
});
