import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news site's contact strip over a page's headline: a hotline's label and a mobile number
 * (`新闻热线：13912345678`), or two or three short labels each with a telephone or mobile number
 * (`新闻：13912345678 广告：13912345678`), nothing else on the line, before the text's first sentence.
 * With it dropped, the headline under it is the title. Every example is written for the rule.
 */

const headline = "某市冬季安全生产形势总体平稳";
const meta = "2023-01-05 来源：某某晚报";
const body =
  "1月4日，市应急管理局通报，2022年全市共发生生产安全事故36起，同比下降12.2%。\n下一步，全市将持续开展隐患排查。";

const parse = (text: string) => parseBulletinText(text);

describe("a news site's contact strip over a page's headline", () => {
  test.each([
    ["新闻热线：13912345678"],
    ["报料热线: 15887654321"],
    ["联系电话:18600001111"],
    ["新闻：13912345678 广告：13912345678"],
    ["新闻:13912345678广告:13912345678"],
    ["报料：0898-66810000  发行：0898-66810001"],
    ["新闻：13912345678 广告：13912345678 发行：0571-85310000"],
    ["栏目\n联系我们\n新闻热线：13912345678"],
  ])("parseBulletinText: `%s` is dropped and the headline under it is the title", (strip) => {
    for (const text of [
      `${strip}\n${headline}\n${meta}\n${body}`,
      `${strip}\n\n${headline}\n\n${meta}\n\n${body}`,
    ]) {
      const { bulletin } = parse(text);
      expect(bulletin.publication.title).toBe(headline);
      expect(JSON.stringify(bulletin.sections)).not.toContain("139123");
      expect(JSON.stringify(bulletin.sections)).not.toContain("66810000");
    }
  });
});

describe("lines of the text that look like a contact strip", () => {
  test.each([
    // Counts of calls and letters (a unit, or too few digits for a telephone number).
    ["来电：1540件 来信：236件", "来信："],
    ["市长热线：1540 12345热线：3256", "市长热线"],
    // A label with more words than a strip's, and an eleven-digit count that is no mobile number.
    ["各窗口开通咨询热线：13912345678", "各窗口开通咨询热线"],
    ["新闻：12345678901 广告：12345678901", "12345678901"],
  ])("parseBulletinText: `%s` in the text stays", (line, kept) => {
    const { bulletin } = parse(
      `${headline}\n${meta}\n${body.split("\n")[0]}\n${line}\n其中即办件21004件。`,
    );
    expect(JSON.stringify(bulletin.sections)).toContain(kept);
  });

  test("parseBulletinText: a contact strip under the text's first sentence is not dropped as the header's", () => {
    const { warnings } = parse(
      `${headline}\n${meta}\n${body}\n新闻：13912345678 广告：13912345678`,
    );
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 5)).toBe(
      false,
    );
  });
});
