import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's head that reaches a table's caption saying the headline again with more words
 * (`2023年1月某市医疗服务信息` … `2023年1月某市医疗服务信息主要指标`): the headline is the title, not
 * the longer caption. A head whose longest line opens with no other line of it keeps taking the
 * longest. Every text here is written for the test.
 */

const table = ["分类", "监测指标", "1月数值", "一、医疗资源", "实有床位数（张）", "29362"];

describe("a caption in a page's head that opens with the headline", () => {
  test.each([["主要指标"], ["统计表"]])(
    "`…%s` under the headline: the headline is the title",
    (more) => {
      const text = [
        "某市人民政府门户网站",
        "2023年1月某市医疗服务信息",
        "2023-02-28 15:35 来源：市卫生健康委员会",
        "分享到",
        `2023年1月某市医疗服务信息${more}`,
        ...table,
      ].join("\n");
      expect(parseBulletinText(text).bulletin.publication.title).toBe("2023年1月某市医疗服务信息");
    },
  );

  test("a head whose longest line opens with no other line: the longest", () => {
    const text = [
      "某市人民政府门户网站",
      "2023年1月某市医疗服务信息",
      "2023-02-28 15:35 来源：市卫生健康委员会",
      ...table,
    ].join("\n");
    expect(parseBulletinText(text).bulletin.publication.title).toBe("2023年1月某市医疗服务信息");
  });
});
