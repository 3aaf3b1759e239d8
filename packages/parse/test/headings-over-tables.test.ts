import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin, Section } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { cellText, tablesOf } from "./table-cells";

/**
 * A bare heading over a table whose caption is a bare phrase (`2022年09月报` over `民政统计季报表` and
 * the form's header fields `号:JBZH0001 表` / `编制单位:四川省 制表机关:民`): the table ends the heading,
 * it is not one of the heading's lines. Joined to the heading, its caption stood in the title and its
 * cells were lost with no warning (held-out-222's `sichuan-minzheng-2022-09-mzt`, its first 12 lines).
 */

const minzheng = [
  "欢迎光临四川省民政厅官方网站! 无障碍浏览",
  "无障碍浏览     ",
  "",
  "2022年09月报",
  "",
  "发布时间: 2023年01月30日   【字体:     】  ",
  "民政统计季报表",
  "    号:JBZH0001 表",
  "编制单位:四川省 制表机关:民     ",
  "地区编码:510000000000 2022年09月 批转机关:国 家 统 计 局",
  "指标名称 单位 代码 数量 上季度 环比 上月",
  "1 2 3 4",
  "一、综合 JZH011000000",
  "   (一)乡级行政区划 JZH011110000 3,101 3,101",
].join("\n");

const sectionsOf = (text: string): Section[] => parseBulletinText(text).bulletin.sections;

describe("a table under a bare heading", () => {
  test("parseBulletinText: keeps a form's header fields under its caption, out of the heading over it", () => {
    const bulletin = parseBulletinText(minzheng).bulletin as Bulletin;
    const tables = tablesOf(bulletin);
    expect(tables.map((t) => t.caption)).toContain("民政统计季报表");
    const cells = tables.flatMap((t) =>
      [...(t.head ?? []), ...t.rows].flat().map((c) => cellText(bulletin, c)),
    );
    expect(cells).toEqual(
      expect.arrayContaining(["号：JBZH0001", "编制单位：四川省", "制表机关：民"]),
    );
    expect(bulletin.sections.map((s) => s.title)).not.toContainEqual(
      expect.stringContaining("民政统计季报表"),
    );
  });
});

describe("near-misses", () => {
  test.each([
    [
      "two bare lines over a sentence: one heading",
      "一、概况\n全省共有养老机构120家，比上季度增加3家。\n2022年9月报\n民政事业统计数据\n全省共有乡级行政区划3101个，与上季度持平。",
      "2022年9月报民政事业统计数据",
    ],
  ])("parseBulletinText: %s", (_, text, title) => {
    expect(sectionsOf(text).map((s) => s.title)).toContain(title);
  });
});
