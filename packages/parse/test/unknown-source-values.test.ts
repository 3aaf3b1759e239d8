import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's source field a CMS filled in with its word for "unknown", the word 来源 after it or
 * before it (`来源:未知来源`, `来源:来源不详`, either script): no body, so no publisher. A source
 * field naming a body whose name opens with such a word stays its publisher. Every text is
 * written for the test.
 */

const text = (source: string): string =>
  `关于2019年3月城区环境卫生检查情况的通报\n来源:${source} 日期:2019-04-02 09:30\n城区共检查街道42条，合格率95.2%。`;

describe("a source field that says its source is unknown", () => {
  test.each(["未知来源", "未知來源", "来源不详", "來源不詳", "不详来源"])(
    "来源:%s names no publisher",
    (source) => {
      const { bulletin } = parseBulletinText(text(source));
      expect(bulletin.publication.publisher).toBeUndefined();
      expect(bulletin.issue.publishedOn).toBe("2019-04-02");
    },
  );

  test.each(["某县城市管理局", "未来城区管理委员会"])("来源:%s names the publisher", (source) => {
    expect(parseBulletinText(text(source)).bulletin.publication.publisher?.name).toBe(source);
  });
});
