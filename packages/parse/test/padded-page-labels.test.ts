import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper's digital edition labels its pages with the number padded by zeros (`00002版:要闻`,
 * `0005版：民生`, `A0003版:本地`): the page's label, as `02版:要闻` is, alone on its line over the
 * headline; it is no title. Every text here is written for the test.
 */

const report =
  "  本报讯 (记者 王明 通讯员 李华) 数据显示，2023年全市共受理各类消费投诉举报22448件，其中消费投诉18077件。";
const later = "其中网购类投诉达4445件，与2022年相比，增长率为21.18%。";
const headline = "我市发布2023年度消费投诉举报数据";

describe("a page label whose number is padded with zeros", () => {
  test.each([["00002版:要闻"], ["0005版：民生"], ["A0003版:本地"]])(
    "parseBulletinText: under `%s` the headline is the title",
    (label) => {
      const text = ["某某日报 数字报纸", "", label, "", headline, "", report, later].join("\n");
      const { bulletin } = parseBulletinText(text);
      expect(bulletin.publication.title).toBe(headline);
      expect(bulletin.publication.publisher?.name).toBe("某某日报");
    },
  );

  test.each([
    // A line with a sentence after the label is the text's.
    ["00002版：共印发宣传资料12000份，覆盖全市各社区。", "共印发宣传资料"],
    ["0002版要闻已上线，欢迎读者阅读。", "欢迎读者阅读"],
  ])("parseBulletinText: `%s` stays in the text (counter-case)", (line, words) => {
    const text = [headline, "", line, "", report, later].join("\n");
    const { bulletin } = parseBulletinText(text);
    expect(JSON.stringify(bulletin.sections)).toContain(words);
  });
});
