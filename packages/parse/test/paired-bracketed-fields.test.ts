import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A file-information list in square brackets that prints two fields a line
 * (`[ 发布机构 ] 某县统计局 [ 有效性 ]`, `[ 成文日期 ] 2023-04-25 [ 发布日期 ] 2023-04-28`), as a
 * municipality's county portals print it: each bracketed label on such a line is read as the
 * first is, so the line is the page's (no title), the 发布机构 value stops before the next label and
 * the dates are the page's (the 成文日期 first, as with one field a line). A bracket after the first label that holds no field's label
 * (`[ 专栏 ]`), and a line that opens with no field's label, keep their old reading. Every text
 * here is written for the test.
 */

const grid = (open: string, close: string) =>
  [
    `${open}索引号${close}11500000MB1599999X/2024-00031 ${open}发文字号${close}`,
    `${open}主题分类${close}统计 ${open}体裁分类${close}其他`,
    `${open}发布机构${close}某县统计局 ${open}有效性${close}`,
    `${open}成文日期${close}2024-07-22 ${open}发布日期${close}2024-07-26`,
  ].join("\n");

const report =
  "\n\n某县2024年上半年经济运行情况\n\n上半年，全县实现地区生产总值88.6亿元，同比增长5.1%。\n一、农业生产稳中有进\n上半年，粮食产量12.4万吨，增长2.3%。";

describe("a bracketed file-information list with two fields a line", () => {
  test.each([
    ["[ ", " ]"],
    ["[", "]"],
    ["［", "］"],
  ])(
    "`%s发布机构%s… 有效性`: the headline is the title, the 发布机构 the publisher",
    (open, close) => {
      const { bulletin } = parseBulletinText(`${grid(open, close)}${report}`);
      expect(bulletin.publication.title).toBe("某县2024年上半年经济运行情况");
      expect(bulletin.publication.publisher?.name).toBe("某县统计局");
      expect(bulletin.issue.publishedOn).toBe("2024-07-22");
      expect(bulletin.sections.map((s) => s.title).join()).not.toMatch(/[[［]/);
    },
  );

  test("a bracketed word after a field that is no label stays in the value", () => {
    const { bulletin } = parseBulletinText(`[ 发布机构 ] 某县统计局 [ 专栏 ]${report}`);
    expect(bulletin.publication.publisher?.name).toContain("某县统计局 [ 专栏");
  });

  test("a line that opens with no field's label is not read as fields", () => {
    const first = "[ 专栏 ] 某县统计局 [ 发布日期 ] 2024-07-26";
    const { bulletin } = parseBulletinText(
      `${first}\n一、主要指标\n全县地区生产总值88.6亿元，增长5.1%。`,
    );
    expect(bulletin.publication.title).toBe("[专栏]某县统计局[发布日期]");
    expect(bulletin.publication.publisher).toBeUndefined();
  });
});
