import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report whose lede states its year's counts (`…获悉，2018年全省国有企业资产总额达9.4万亿元`)
 * and whose later paragraph opens with the coming year and its aims (`2019年，我省将力争…增长10%`,
 * `2016年，我市力争申报高新技术企业35家`): the aim's year is no span the report covers, the lede's year
 * is. A plan's words (`将`, `力争`, `计划`, `预计`…) before the sentence's first count mark the aim. The
 * lines are cut from `sichuan-soe-2018-shzx` and `xianning-high-tech-2015-xnnews` (tuning).
 */

const periodOf = (text: string) => parseBulletinText(text).bulletin.issue.period;
const year = (y: number) => ({ kind: "year", year: y });

describe("a later paragraph's year that plans its counts", () => {
  test.each([
    {
      what: "an untitled lede's year, then the coming year's aims with `将力争`",
      text: "本报讯（记者朱雪黎）1月23日，记者从全省国资国企改革发展工作会上获悉，2018年全省国有企业资产总额达9.4万亿元，同比增长11.9%。\n9.4万亿元中，纳入省国资委快报统计的67户中央在川企业资产总额2.4万亿元。\n2019年，我省将力争省属监管企业资产总额、营业收入同比分别增长10%，力争实现利润总额同比增长7.5%。",
      period: year(2018),
    },
    {
      what: "a news lede's year, then the coming year's aims with `力争`",
      text: "咸宁新闻网讯 记者吴青朋报道：昨日，记者从市科技局获悉，2015年我市累计实现高新技术产业总产值380亿元，同比增长25%。\n去年，市科技部门加强政策宣传与工作引导，鼓励企业加大科技创新力度。\n市科技局介绍，2016年，我市力争申报高新技术企业35家，通过认定的企业达到25家。",
      period: year(2015),
    },
  ])("parseBulletinText: $what keeps the lede's year", ({ text, period }) => {
    expect(periodOf(text)).toEqual(period);
  });

  test.each([
    {
      what: "a later paragraph's year that reports its counts",
      text: "本报讯 1月23日，记者从全省国资国企改革发展工作会上获悉，全省国资国企改革取得新进展。\n会议总结了过去一年的工作。\n2018年，全省国有企业实现营业收入1.7万亿元，同比增长12%。",
      period: year(2018),
    },
    {
      what: "a first paragraph's year that plans its counts (a plan's own year)",
      text: "2019年，我省将力争省属监管企业资产总额、营业收入同比分别增长10%，力争实现利润总额同比增长7.5%。\n各市州要抓好落实。",
      period: year(2019),
    },
  ])("parseBulletinText: $what still states its year", ({ text, period }) => {
    expect(periodOf(text)).toEqual(period);
  });
});
