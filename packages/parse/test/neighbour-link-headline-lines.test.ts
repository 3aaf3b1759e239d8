import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's links to the pages before and after it under the text, each label alone on its line
 * (`上一篇：`, `下一篇:`) and the linked headline on the next. Both lines are the site's: the 落款 over
 * them is read as the text's issuer and date. A label with its headline on the same line is dropped
 * as before; a line that holds a sentence under a label is the text's. Every text here is written
 * for the test.
 */

const read = (text: string) => parseBulletinText(text);
const BODY =
  "某市城市管理月度评价通报\n根据考评方案，市城管办对全市2024年3月份城市管理工作进行了综合评价，现将有关情况通报如下：\n一、总体情况\n全市平均得分91.2分，较上月提高1.3分。";
const SIGNED = `${BODY}\n某市城市管理工作领导小组办公室\n2024年4月10日`;

describe("neighbour links under the 落款", () => {
  test.each([
    ["both links", "上一篇：\n某区召开春季植树动员会\n下一篇：\n某县开展河道清淤专项行动"],
    ["half-width colons", "上一篇:\n某区召开春季植树动员会\n下一篇:\n某县开展河道清淤专项行动"],
    ["an editor's line first", "编辑：王某\n上一篇：\n某区召开春季植树动员会"],
    ["one link", "下一篇：\n“百名干部进社区”活动启动"],
  ])("(%s) leave the 落款 read", (_, links) => {
    const { bulletin } = read(`${SIGNED}\n${links}`);
    expect(bulletin.publication.publisher?.name).toBe("某市城市管理工作领导小组办公室");
    expect(bulletin.issue.publishedOn).toBe("2024-04-10");
    expect(JSON.stringify(bulletin)).not.toContain("植树");
  });

  test("a sentence under a label is the text's", () => {
    const { bulletin } = read(`${BODY}\n上一篇：\n全市共发现问题120个，已整改115个。`);
    expect(JSON.stringify(bulletin)).toContain("已整改");
  });

  test("a label without its colon is no link", () => {
    const { bulletin } = read(`${BODY}\n上一篇\n某区召开春季植树动员会`);
    expect(JSON.stringify(bulletin)).toContain("植树");
  });
});
