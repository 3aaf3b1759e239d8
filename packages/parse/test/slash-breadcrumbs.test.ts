import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A breadcrumb from `首页` whose steps slashes part (`首页/ 政务公开/ 统计信息/ 统计公报/ 正文`), as
 * some county sites print it: the page's line, dropped with a warning, so the headline under it is
 * the title (it was read as the title). Every example here is written for the rule.
 */

const headline = "某县2023年国民经济和社会发展统计公报";
const body =
  "某县统计局\n\n2024年4月15日\n\n一、综合\n\n全县实现地区生产总值123.45亿元，比上年增长5.1%。";

const read = (head: string) => {
  const { bulletin, warnings } = parseBulletinText(`${head}\n\n${headline}\n\n${body}`);
  return {
    title: bulletin.publication.title,
    dropped: warnings.filter((w) => w.code === "web-line-dropped").map((w) => w.position.line),
  };
};

describe("a `首页/` breadcrumb", () => {
  test.each([
    "首页/ 政务公开/ 法定主动公开内容/ 统计信息/ 统计公报/ 正文",
    "首页/政务公开/统计信息",
    "网站首页 / 信息公开 / 统计数据",
    "首页／政务公开／统计公报",
  ])("`%s` is dropped: the headline under it is the title", (head) => {
    expect(read(head)).toEqual({ title: headline, dropped: [1] });
  });
});

describe("near-misses that stay text", () => {
  test.each(["首页/ 这一行是一句话，不是路径。", "首页/ 2023年受理12345件"])(
    "`%s` is not dropped as the page's line",
    (head) => {
      expect(read(head).dropped).toEqual([]);
    },
  );
});
