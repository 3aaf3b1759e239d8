import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report whose title names its year (`2015年江西安全生产形势开局良好`, `2009年1-2我省交通统计情况`)
 * and whose first paragraph opens with the months from January without their year (`今年1月，`,
 * `1-2月，`, `截至2月底止，`): those months of the title's year. The first two cases are cut from
 * `jiangxi-safety-2015-01` and `guangdong-transport-2009-1-2` (tuning); near misses: a first
 * paragraph opening with another month (`9月，`), with the whole twelve months (`1—12月，`) or with its
 * own year (`2015年，`), and such months in a later paragraph only.
 */

const periodOf = (text: string) => parseBulletinText(text).bulletin.issue.period;
const months = (start: string, end: string) => ({ kind: "range", start, end });
const year = (y: number) => ({ kind: "year", year: y });

describe("a year's report whose lede opens with the months from January", () => {
  test.each([
    {
      what: "`今年1月，` after a reporter's lead-in",
      text: "2015年江西安全生产形势开局良好 事故和死亡人数保持双降\n江西网络广播电视台2月10日南昌讯（记者 良保）记者从江西省安全生产监督管理局获悉，今年1月，全省安全生产形势开局良好，事故起数和死亡人数继续保持双下降。\n据统计，1月份，全省共发生各类事故139起，死亡67人。",
      period: months("2015-01-01", "2015-01-31"),
    },
    {
      what: "`截至2月底止，` under a numbered head",
      text: "2009年1-2我省交通统计情况\n一、 交通基础设施建设投资\n截至2月底止，全省交通基础设施建设共完成投资58.8亿元，为年计划的10.3%。\n二、 公路水路客货运输生产\n1-2月，全省公路客运量完成了3.7亿人。",
      period: months("2009-01-01", "2009-02-28"),
    },
    {
      what: "`前10個月，` in traditional characters",
      text: "2017年某市招商引資情況\n前10個月，全市新簽約招商引資項目247個，合同引進市外資金1077億元。",
      period: months("2017-01-01", "2017-10-31"),
    },
  ])("parseBulletinText: $what states those months of the title's year", ({ text, period }) => {
    expect(periodOf(text)).toEqual(period);
  });

  test.each([
    {
      what: "a first paragraph opening with September",
      text: "2015年江西安全生产形势通报\n9月，全省共发生各类事故139起，死亡67人。",
    },
    {
      what: "a first paragraph opening with the whole twelve months",
      text: "2015年江西安全生产形势通报\n1—12月，全省共发生各类事故1390起，死亡670人。",
    },
    {
      what: "a first paragraph opening with its year, the months in a later one",
      text: "2015年江西安全生产形势通报\n2015年，全省安全生产形势总体稳定，共发生各类事故1390起。\n1-2月，全省共发生各类事故139起。",
    },
  ])("parseBulletinText: $what keeps the year", ({ text }) => {
    expect(periodOf(text)).toEqual(year(2015));
  });
});
