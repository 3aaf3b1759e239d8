import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A summary that closes with its source's card: the article's headline as the text's last line,
 * then the outlet's credit with its date, perhaps cut short where the copy ends
 * (`中国新闻网·2025-10-28`, `某某日报 | 2025-10-`): the headline is the title, the outlet the
 * publisher, and neither is text. A last line that is a sentence, or a heading with no credit after
 * it, is left as it was read. Written for the rule (batch s17b's summary of a 交通运输部 release was
 * titled by its first head); every text here is invented.
 */

const BODY = [
  "总体态势",
  "前三季度全省交通运输经济运行总体平稳，完成营业性货运量32.5亿吨，同比增长3.9%。",
  "民航货运量完成74万吨，同比增长14%。",
];
const HEADLINE = "前三季度全省交通运输成绩单出炉 多个指标同比增长";

const read = (foot: string[]) => parseBulletinText([...BODY, ...foot].join("\n")).bulletin;

describe("a source card closing a summary", () => {
  test.each([
    ["a cut date", "某某新闻网·2025-10-", "某某新闻网"],
    ["a cut date after a bar", "某某日报 | 2025-10", "某某日报"],
    ["a whole date", "某某新闻网 · 2025-10-28 10:20", "某某新闻网"],
  ])("%s: the headline is the title, the outlet the publisher", (_, credit, outlet) => {
    const bulletin = read([HEADLINE, credit]);
    expect(bulletin.publication.title?.replace(/\s/g, "")).toBe(HEADLINE.replace(/\s/g, ""));
    expect(bulletin.publication.publisher?.name).toBe(outlet);
    expect(JSON.stringify(bulletin.sections)).not.toContain("成绩单");
  });

  test("the page's foot after the credit leaves it a source card", () => {
    const bulletin = read([
      HEADLINE,
      "某某新闻网·2025-10-",
      "打印本页 关闭窗口",
      "版权所有：某某新闻网",
    ]);
    expect(bulletin.publication.title?.replace(/\s/g, "")).toBe(HEADLINE.replace(/\s/g, ""));
    expect(bulletin.publication.publisher?.name).toBe("某某新闻网");
  });

  test("a last line that is a sentence is no headline", () => {
    const bulletin = read([
      "全省交通运输经济运行稳中有进，多个指标同比增长。",
      "某某新闻网·2025-10-",
    ]);
    expect(bulletin.publication.title).not.toBe("全省交通运输经济运行稳中有进，多个指标同比增长。");
  });

  test("a heading closing the text with no credit after it is no headline", () => {
    const bulletin = read([HEADLINE]);
    expect(bulletin.publication.title?.replace(/\s/g, "")).not.toBe(HEADLINE.replace(/\s/g, ""));
  });

  test("a name before a cut date that is no outlet's is no credit", () => {
    const bulletin = read([HEADLINE, "王小明·2025-10-"]);
    expect(bulletin.publication.publisher?.name).not.toBe("王小明");
  });
});
