import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page that prints its lede over its title as its meta description did, cut short and closed by
 * the attribute's end (`…對各地區、各部門政府網站…監管工">`; the misses of `held-out-12` read as a
 * family): the lede printed again under the title, so the title between the two copies is found as
 * it is when the copy over it is whole. Every example here is written for the rule, not taken from a
 * page.
 */

const lede =
  "某市讯 4月8日，某市政务服务中心发布一季度热线运行情况，全市12345热线共受理群众诉求3.2万件，办结率99.1%，同比提高0.4个百分点。";

describe("a lede cut short as a meta description over the title", () => {
  test.each([`${lede.slice(0, 40)}">`, `${lede.slice(0, 52)}" />`, `${lede.slice(0, 30)}">`])(
    "parseBulletinText: `%s` over the title leaves the title and the date found",
    (copy) => {
      const { bulletin } = parseBulletinText(
        `${copy}\n\n某市一季度热线运行情况：办结率99.1%\n\n2024-04-08 15:47:05\n\n${lede}`,
      );
      expect(bulletin.publication.title).toBe("某市一季度热线运行情况：办结率99.1%");
      expect(bulletin.issue.publishedOn).toBe("2024-04-08");
    },
  );

  test.each([`${lede.slice(0, 40)}">`, `${lede.slice(0, 30)}" />`])(
    "parseBulletinText: `%s` over the title with no date line under it: the title between the copies",
    (copy) => {
      const { bulletin } = parseBulletinText(`${copy}\n某市一季度热线运行情况\n${lede}`);
      expect(bulletin.publication.title).toBe("某市一季度热线运行情况");
    },
  );

  test('parseBulletinText: a line the text quotes with `">` under its first paragraph stays in the text', () => {
    const { bulletin } = parseBulletinText(
      `某市一季度热线运行情况\n\n${lede}\n\n群众满意度稳步提升">\n\n${lede}`,
    );
    expect(JSON.stringify(bulletin)).toContain("群众满意度稳步提升");
  });
});
