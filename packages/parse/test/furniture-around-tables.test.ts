import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { tableOutlines } from "./table-cells";

/**
 * A web page's furniture around a table (`字号：大 中 小` / `【打印】【关闭】` over it, `打印本页 关闭窗口`
 * under it) is no line of the text: a statistics form's rows end before the print links (words a
 * space parts, as a row's label and code are), and a yearbook table's numbered title is still the
 * text's first line under the font widget. Lines from `sichuan-minzheng-2022-09-mzt` and
 * `huzhou-insurance-2008-yearbook-table`, cut short, with the furniture of the corpus's
 * `web-furniture` perturbation (which lost the form and the title).
 */

const parse = (lines: readonly string[]): Bulletin =>
  parseBulletinText(lines.join("\n")).bulletin as Bulletin;

const shape = tableOutlines;

const form = [
  "地区编码:510000000000 2022年09月 批转机关:国 家 统 计 局",
  "指标名称 单位 代码 数量 上季度 环比 上月",
  "1 2 3 4",
  "       2.乡 JZH011112000 543 543",
  "       5.民族苏木 JZH011112300",
  "    2.社会救助 万元 JZH011212000 1,268,862.3 824,657.9 53.87",
  "                   I 城市低保金 万元 JZH011212111 174,730.1",
];
const formRows = ["2.乡", "5.民族苏木", "2.社会救助", "I 城市低保金"];

const yearbook = [
  "8-21  分县区保险业主要指标",
  "单位:万元、%",
  "  全  市 △市区 德清县 长兴县 安吉县",
  "  赔款支出 88164 43020 13142 11396 20192",
  "    #寿险 5197 2428 567 947 841",
  "      财险 82967 40592 12575 10449 19351",
];

describe("a page's furniture around a table", () => {
  test.each([
    ["print links under the form", [...form, "", "打印本页 关闭窗口"]],
    [
      "print links and a footer under the form",
      [...form, "", "【打印本页】 【关闭窗口】", "版权所有 © 本网站 未经许可不得复制"],
    ],
    ["print links right under the form", [...form, "打印本页 关闭窗口"]],
    [
      "a font widget over the form, print links under it",
      ["字号：大 中 小", ...form, "", "打印本页 关闭窗口"],
    ],
  ])("parseBulletinText: %s end its rows before them", (_, lines) => {
    const [table, ...others] = shape(parse(lines));
    expect(others).toEqual([]);
    expect(table?.rows).toEqual(formRows);
  });

  test.each([
    ["a font widget", ["字号：大 中 小"]],
    [
      "a font widget, print links and a share bar",
      ["字号：大 中 小", "【字体：大 中 小】", "【打印】【关闭】", "分享到："],
    ],
    ["a breadcrumb", ["当前位置：首页 > 政务公开 > 工作动态"]],
  ])(
    "parseBulletinText: under %s, a yearbook table's numbered title is the text's title",
    (_, over) => {
      const b = parse([...over, ...yearbook]);
      expect(b.publication.title).toBe("8-21分县区保险业主要指标");
      expect(shape(b)[0]?.caption).toBe("单位：万元、%");
      expect(shape(b)[0]?.rows).toEqual(["赔款支出", "#寿险", "财险"]);
    },
  );
});

describe("lines around a table that are no furniture (near misses)", () => {
  test("parseBulletinText: a row of words under the form is still its row", () => {
    const [table] = shape(parse([...form, "8.其他 JZH011115000"]));
    expect(table?.rows).toEqual([...formRows, "8.其他"]);
  });

  test("parseBulletinText: under a paragraph, a yearbook table's numbered title is its caption, not the text's title", () => {
    const b = parse([
      "字号：大 中 小",
      "全市保险业务稳步发展,各县区保费收入均有增长。",
      ...yearbook,
    ]);
    expect(b.publication.title).not.toBe("8-21分县区保险业主要指标");
    expect(shape(b)[0]?.caption).toBe("8-21分县区保险业主要指标 单位：万元、%");
  });
});
