import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report on how something ran over a period, its name alone on the first line straight over its
 * first `（一）` item: `2024年第三季度某项基金运行情况` / `（一）…`, `某县2023年上半年预算执行情况`. A name that
 * states the period and ends as such a report does (`运行情况`, `执行情况`, `完成情况`, `运行分析`) is
 * the text's title, as a period's work summary is; a line naming no period (`基金运行情况`) still
 * heads the section its items are in. Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
const ITEMS =
  "(一)职工养老保险基金\n2024年,职工养老保险基金收入3520万元,其中征缴收入2810万元,财政补贴收入600万元。\n(二)居民养老保险基金\n2024年,居民养老保险基金收入1630万元,支出1210万元,累计结余4260万元。\n";

describe("a period's operation report straight over the first item", () => {
  test.each([
    ["a quarter's fund report", "2024年第三季度养老保险基金运行情况"],
    ["a half year's budget report", "某县2023年上半年预算执行情况"],
    ["a year's targets", "2022年度重点项目完成情况"],
    ["an analysis", "某区2024年1-9月经济运行分析"],
    ["traditional", "2024年第三季度養老保險基金運行情況"],
  ])("(%s) is the title", (_, title) => {
    expect(read(`${title}\n${ITEMS}`).publication.title).toBe(title);
  });

  test.each([
    ["a label naming no period", "养老保险基金运行情况"],
    ["a sentence naming the report", "现将2024年基金运行情况报告如下:"],
  ])("a line of another shape (%s) is no title", (_, first) => {
    expect(read(`${first}\n${ITEMS}`).publication.title).toBeUndefined();
  });
});
