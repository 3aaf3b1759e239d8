import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { tableOutlines } from "./table-cells";

/**
 * A yearbook's table whose cells single spaces part, its head naming the columns by year
 * (`24-37  按居住国家/地区划分的访港旅客人数` / `单位:万人次` / `居住国家/地区 2007 2008 2009 2010 2011` /
 * `中国内地 1548.6 1686.2 …`): the years, each the one after the one before, are head cells, not a
 * row of figures, as a head of words is. A run of years that does not run in turn, or a line of
 * prose, is no such head. The lines are from `hongkong-visitors-2007-2011-yearbook-table`, cut short.
 */

const parse = (lines: readonly string[]): Bulletin =>
  parseBulletinText(lines.join("\n")).bulletin as Bulletin;

const shape = tableOutlines;

const title = "24-37  按居住国家/地区划分的访港旅客人数";
const rows = [
  "           ",
  "中国内地 1548.6 1686.2 1795.7 2268.4 2810.0",
  "南亚及东南亚 288.8 293.6 288.5 350.1 375.1  ",
  "中国台湾 223.9 224.0 201.0 216.5 214.9  ",
  "中国澳门① 62.6 69.7 67.1 78.0 84.3  ",
  "     ",
  "总计 2816.9 2950.7 2959.1 3603.0 4192.1  ",
  "  (+11.6) (+4.7) (+0.3) (+21.8) (+16.4)  ",
  "           ",
  "注:括号内数字表示与去年比较的变动百分比。",
];
const labels = ["中国内地", "南亚及东南亚", "中国台湾", "中国澳门①", "总计"];

describe("a spaced table whose head names its columns by year", () => {
  test.each([
    {
      name: "as the text's first line, the title is the text's, the unit line the caption",
      lines: [title, "单位:万人次", "居住国家/地区 2007 2008 2009 2010 2011", ...rows],
      caption: "单位：万人次",
    },
    {
      name: "under a paragraph, the title is the caption",
      lines: [
        "香港旅游业统计",
        "访港旅客人数逐年增长。",
        title,
        "单位:万人次",
        "居住国家/地区 2007 2008 2009 2010 2011",
        ...rows,
      ],
      caption: "24-37按居住国家/地区划分的访港旅客人数 单位：万人次",
    },
  ])("parseBulletinText: $name", ({ lines, caption }) => {
    expect(shape(parse(lines))).toEqual([
      {
        caption,
        head: [["居住国家/地区", "2007", "2008", "2009", "2010", "2011"]],
        rows: labels,
      },
    ]);
  });
});

const spacedRows = [
  "中国内地 1548.6 1686.2 1795.7",
  "南亚及东南亚 288.8 293.6 288.5",
  "中国台湾 223.9 224.0 201.0",
  "总计 2816.9 2950.7 2959.1",
];

describe("spaced lines under a title that are no such head (near misses)", () => {
  test.each([
    {
      name: "a head of years not in turn",
      lines: [title, "单位:万人次", "居住国家/地区 2007 2009 2011", ...spacedRows],
    },
    {
      name: "a head of years counted down",
      lines: [title, "单位:万人次", "居住国家/地区 2011 2010 2009", ...spacedRows],
    },
    {
      name: "an index of years in lines of prose",
      lines: [
        "统计年鉴",
        "统计年鉴年度索引: 2024 2023 2022 2021 2020 2019 2018",
        "统计公报年度索引: 2023 2022 2021 2020 2019 2018 2017",
        "全年全市生产总值1000亿元,比上年增长5.0%。",
      ],
    },
  ])("parseBulletinText: $name makes no table", ({ lines }) => {
    expect(shape(parse(lines))).toEqual([]);
  });
});
