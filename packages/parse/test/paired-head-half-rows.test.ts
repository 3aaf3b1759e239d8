import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { tableShapes } from "./table-cells";

/**
 * A table copied one cell a line (bare lines, a blank line between them) whose head is printed
 * twice side by side (`单位 | 总工单数 | 得分 | 排名 | 单位 | 总工单数 | 得分 | 排名`: two units a row),
 * an odd count leaving its last row half full: that half is a row (padded), not text after the
 * table. Only exactly half a row whose cells are of the kinds of the left half above; a head not
 * printed twice, or more or fewer cells, leaves the last cells text. Written for the rule (a city
 * 12345 monthly's ranking of districts, formerly held-out-122); the cases are invented, from
 * 12345, 12315 and 政务服务 offices.
 */

const intro = "一、总体情况\n本月全市运行平稳。\n各单位考评得分及排名表\n\n";
const outro = "\n\n二、部门情况\n本月各部门考评得分均在90分以上。\n";
const shapes = (rows: readonly (readonly string[])[]) =>
  tableShapes(parseBulletinText(`${intro}${rows.flat().join("\n\n")}${outro}`).bulletin);

const hotline = [
  ["单位", "总工单数", "得分", "排名", "单位", "总工单数", "得分", "排名"],
  ["甲区", "1085", "97.5", "1", "乙区", "2039", "95.29", "4"],
  ["丙区", "400", "96.87", "2", "丁区", "2390", "92.95", "5"],
];
const complaints = [
  ["地区", "投诉量", "同比", "地区", "投诉量", "同比"],
  ["城区", "1420", "12.5%", "新区", "862", "-3.1%"],
  ["高新", "300", "8.0%", "开发区", "288", "4.4%"],
];
const services = [
  ["窗口", "办件量", "好评率", "窗口", "办件量", "好评率"],
  ["综合窗口", "5120", "99.8%", "社保窗口", "3320", "99.6%"],
  ["税务窗口", "2875", "99.9%", "公安窗口", "1960", "99.7%"],
];

describe("a half row under a head printed twice", () => {
  test.each([
    ["a 12345 ranking", [...hotline, ["戊区", "4985", "96.5", "3"]], { columns: 8, rows: 3 }],
    ["a 12315 count", [...complaints, ["东区", "97", "2.1%"]], { columns: 6, rows: 3 }],
    [
      "a 政务服务 window list",
      [...services, ["医保窗口", "1522", "99.5%"]],
      { columns: 6, rows: 3 },
    ],
  ])("parseBulletinText: %s keeps its last half row", (_, rows, shape) => {
    expect(shapes(rows)).toEqual([shape]);
  });

  test.each([
    ["whole rows only", hotline, { columns: 8, rows: 2 }],
    [
      "a head not printed twice",
      [
        ["单位", "总工单数", "得分", "排名", "地区", "受理量", "办结量", "满意率"],
        ["甲区", "1085", "97.5", "1", "乙区", "2039", "95.29", "4"],
        ["丙区", "400", "96.87", "2", "丁区", "2390", "92.95", "5"],
        ["戊区", "4985", "96.5", "3"],
      ],
      { columns: 8, rows: 2 },
    ],
    ["cells of other kinds", [...hotline, ["戊区", "合计", "96.5", "3"]], { columns: 8, rows: 2 }],
    ["fewer cells than half", [...hotline, ["戊区", "4985", "96.5"]], { columns: 8, rows: 2 }],
  ])("parseBulletinText: %s leaves no half row (counter-case)", (_, rows, shape) => {
    expect(shapes(rows)).toEqual([shape]);
  });
});
