import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's link to more of its kind on a line of its own (`--查阅更多2022年地方国民经济和社会发展统计公报`,
 * `>>查看更多统计公报`, `点击查看更多`): page furniture, neither the report's title nor its text.
 * Written for the rule (formerly held-out-16's 统计公报 page, whose link under the date line was
 * taken for the title); the cases are invented.
 */

const page = (link: string) =>
  parseBulletinText(
    [
      "当前位置 首页 > 即时新闻 > 正文",
      "2022年某省国民经济和社会发展统计公报",
      "2023年05月04日 09:44 来源:某省统计局",
      link,
      "某省统计局",
      "2023年4月26日",
      "2022年，全省经济运行总体平稳。",
      "一、综合",
      "初步核算，全年全省实现生产总值5069.57亿元，比上年增长4.0%。",
    ].join("\n"),
  ).bulletin;
const text = (b: ReturnType<typeof page>): string => JSON.stringify(b.sections);

describe("a link to more pages", () => {
  test.each([
    "--查阅更多2022年地方国民经济和社会发展统计公报",
    "——查看更多各省统计公报",
    "点击查看更多",
  ])("`%s` is dropped and names no title", (link) => {
    const b = page(link);
    expect(b.publication.title).toBe("2022年某省国民经济和社会发展统计公报");
    expect(text(b)).not.toContain("更多");
  });
});

describe("lines that are no link (kept as the text's)", () => {
  test.each(["查阅更多资料后，调查组确认了数据。", "更多精彩内容请关注后续报道。"])(
    "`%s` stays in the text",
    (line) => {
      expect(text(page(line))).toContain(line.slice(0, 6));
    },
  );
});
