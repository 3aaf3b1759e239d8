import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A PDF converted with each number in a run of its own prints a year alone on its line and its `年`
 * opening the next (`2021` / `年某区住房保障局工作总结`): the repair joins the year to its line, so the
 * title and the lede keep their year. A year alone over a line that does not open with `年` (a date
 * tile, a table's column) stays apart. Every text here is written for the test.
 */

const BODY =
  "（一）加强保障房管理，确保分配公平。\n一是严格审核。今年，共审核申请\n320\n余户，发放补贴\n86\n万元。\n（二）推进老旧小区改造，改善居住条件。\n全年完成改造小区\n12\n个。";

describe("a year alone on its line over its 年", () => {
  test.each([
    ["2021\n年某区住房保障局工作总结", "2021年某区住房保障局工作总结", 2021],
    ["2019\n年某县交通运输局工作总结", "2019年某县交通运输局工作总结", 2019],
    ["2023\n年度某镇安全生产工作总结", "2023年度某镇安全生产工作总结", 2023],
  ])("`%j`: the title is `%s`, the period its year", (head, title, year) => {
    const { bulletin } = parseBulletinText(`${head}\n${BODY}`);
    expect(bulletin.publication.title).toBe(title);
    expect(bulletin.issue.period).toEqual({ kind: "year", year });
  });

  test("a lede wrapped at its years keeps them", () => {
    const text =
      "某县文化和旅游局\n2022\n年工作总结及\n2023\n年工作计划\n2022\n年，某县文化和旅游局在县委、县政府的领导下，全面推进各项工作，取得了显著成效。\n一、工作开展情况\n全年接待游客150万人次。";
    const { bulletin } = parseBulletinText(text);
    expect(bulletin.issue.period).toEqual({ kind: "year", year: 2022 });
    const headings = bulletin.sections.map((s) => s.title);
    expect(headings).toContain("2023年工作计划");
    expect(headings.some((h) => h.startsWith("年"))).toBe(false);
  });

  // Near-misses: a date tile (the year over its month and day), a year over a line that opens
  // otherwise, a page's number over a line that opens with 年.
  test.each([
    ["2024\n04/25\n2021年某区住房保障局工作总结", "2021年某区住房保障局工作总结"],
    ["某区住房保障局工作总结\n2021\n某区住房保障局", "某区住房保障局工作总结"],
  ])("`%j` keeps its lines apart: the title is `%s`", (head, title) => {
    const { bulletin } = parseBulletinText(`${head}\n${BODY}`);
    expect(bulletin.publication.title).toBe(title);
  });

  test("a page's number over a line opening with 年 stays apart", () => {
    const text = `2021年某区住房保障局工作总结\n${BODY}\n12\n年底前完成全部改造任务。`;
    expect(JSON.stringify(parseBulletinText(text).bulletin.sections)).not.toContain("12年底");
  });
});
