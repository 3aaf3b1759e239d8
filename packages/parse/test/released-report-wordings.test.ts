import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy whose opening names the yearly report it covers after the verb that released it, a
 * few words between (`发布了最新的《2023年民政事业发展统计公报》`, `发布我国《2016年…统计公报》`), or
 * a report that ends as a yearly digest or a year's summary does (`發布的《2020年醫療保障事業發展統計
 * 快報》`, `印發《2022年上海民政工作總結》`): the report's year. Every text here is written for the test.
 */

const period = (opening: string) =>
  parseBulletinText(
    `全国养老服务机构数量稳步增长\n\n${opening}\n\n全国共有养老机构4.1万个，比上年增长5.2%。\n\n床位518.3万张，比上年增长2.1%。`,
  ).bulletin.issue.period;

describe("a yearly report released, named with a few words between or as a digest", () => {
  test.each([
    [
      "近日，民政部官网发布了最新的《2023年民政事业发展统计公报》，其中包括了养老服务的数据。",
      2023,
    ],
    ["国家统计局日前发布我国《2016年国民经济和社会发展统计公报》，公报显示：", 2016],
    [
      "國家醫保局近日發布的《2020年醫療保障事業發展統計快報》顯示，截至2020年底，參保人數達13.6億人。",
      2020,
    ],
    ["某市民政局今年2月印發《2022年某市民政工作總結》，其中提到，全年共辦理結婚登記。", 2022],
  ])("parseBulletinText: `%s` states the year %i", (opening, year) => {
    expect(period(opening)).toEqual({ kind: "year", year });
  });

  test.each([
    [
      "a quarter's data",
      "近日，民政部官网发布了最新的《2024年1季度民政统计数据》，今年一季度全国办理结婚登记。",
    ],
    [
      "a half year's digest",
      "某局近日发布的《2020年上半年医疗保障事业发展统计快报》显示，参保人数稳定。",
    ],
    [
      "a plan, not a report",
      "某市民政局今年2月印发《2022年某市民政工作要点》，其中提到，全年将办理结婚登记。",
    ],
    ["words past a pause", "某局近日发布，据此前的《2020年某市统计公报》，全市参保人数稳定。"],
  ])("parseBulletinText: %s states no year of a released report", (_, opening) => {
    expect(period(opening)?.kind).not.toBe("year");
  });
});
