import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copied post's page: the link to its original (`查看原文`, `阅读原文`) and its category over the
 * headline, and under the headline the account that posted it and the day in figures
 * (`某某应急 2021-08-05`, or the day first: `2021-08-05 某某发布`). The link and the account's line
 * are the page's: the headline is the title, the account the publisher, the day the date. A headline
 * that asks its reader (`…,你为本地消费出力了吗?`) is a headline there too. Every example is written
 * for the rule.
 */

const body = "1-9月，全市共发生生产安全事故28起，同比下降15.2%。\n下一步，全市将持续开展隐患排查。";

const parse = (text: string) => parseBulletinText(text);

describe("a copied post's header", () => {
  test.each([
    [
      "查看原文\n其他",
      "前三季度全市安全生产形势平稳",
      "某市应急 2022-10-12",
      "某市应急",
      "2022-10-12",
    ],
    [
      "查看原文\n原创",
      "前三季度全市安全生产形势平稳",
      "2022-10-12 某市发布",
      "某市发布",
      "2022-10-12",
    ],
    [
      "阅读原文\n其他",
      "前三季度全市安全生产形势平稳",
      "某某应急管理 2022-1-5",
      "某某应急管理",
      "2022-01-05",
    ],
    [
      "查看原文\n其他",
      "全省第三,前三季度,你为本地消费出力了吗?",
      "2022-10-12 某某头条",
      "某某头条",
      "2022-10-12",
    ],
    [
      "查看原文\n其他",
      "前三季度我市安全形势如何？",
      "某市应急 2022-10-12",
      "某市应急",
      "2022-10-12",
    ],
  ])("parseBulletinText: `%s` / `%s` / `%s`", (header, headline, account, publisher, date) => {
    for (const text of [
      `${header}\n${headline}\n${account}\n${body}`,
      `${header}\n\n${headline}\n\n${account}\n\n\n${body}`,
    ]) {
      const { bulletin } = parse(text);
      // (The repair prints a headline's ASCII marks full-width.)
      expect(bulletin.publication.title?.replace(/\s/g, "")).toBe(
        headline.replace(/,/g, "，").replace(/\?/g, "？"),
      );
      expect(bulletin.publication.publisher?.name).toBe(publisher);
      expect(bulletin.issue.publishedOn).toBe(date);
      expect(JSON.stringify(bulletin.sections)).not.toContain("原文");
    }
  });
});

describe("lines that look like a copied post's", () => {
  test("parseBulletinText: an account's line with no `查看原文` over the page stays the text's", () => {
    const { warnings } = parse(`前三季度全市安全生产形势平稳\n某市应急 2022-10-12\n${body}`);
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 2)).toBe(
      false,
    );
  });

  test.each([
    // Under the first sentence: the text's own lines.
    ["查看原文"],
    ["某市应急 2022-10-12"],
    // A file's link, and a label with its date.
    ["查看原文件"],
  ])("parseBulletinText: `%s` under the text's first sentence stays", (line) => {
    const { bulletin } = parse(
      `查看原文\n其他\n前三季度全市安全生产形势平稳\n${body}\n${line}\n其中较大事故1起。`,
    );
    expect(JSON.stringify(bulletin.sections)).toContain(line.slice(0, 4));
  });

  test.each([
    // A question in a sentence, a FAQ's question, a question too long for a headline: no title.
    ["群众关心的问题是否得到解决？请各单位于10月底前报送。"],
    ["问：如何办理居住证？"],
    ["今年以来全市各级各部门认真贯彻落实各项决策部署推动经济社会发展的成效如何体现在哪些方面呢？"],
  ])("parseBulletinText: `%s` over the account's line is no title", (line) => {
    const { bulletin } = parse(`查看原文\n其他\n${line}\n某市应急 2022-10-12\n${body}`);
    expect(bulletin.publication.title).not.toBe(line);
  });
});
