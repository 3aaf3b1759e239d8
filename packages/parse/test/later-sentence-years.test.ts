import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report whose lede opens on a scene, a quote or a narrative sentence, and states the year
 * it reports on only at the head of a later sentence that gives the year's counts (`…“连心桥”。
 * 2025年，某旗12345热线全年共受理诉求11877件`, `…介绍，2021年某市12345热线平台受理办件402万余件`,
 * `據統計，從2016年至2024年，…共受理訴求5159.14萬件`): that year (or that span of whole years) is the
 * period, when nothing else states one. Only the lede counts (the paragraphs before the report's first
 * sub-head; an editor's note aside); a plan's year (`2021年计划…`, `安排`), a year a count starts at
 * (`2020年以来`), a holiday's year (`2013年清明小长假期间`) and a year's sentence without a number state
 * none. Written for the rule (formerly held-out-29's 12345 items of 鄂托克旗 and 海口, whose years
 * open later sentences); the texts are invented.
 */

const SCENE = "“您好，请问有什么可以帮您？”话务大厅里，话务员们戴着耳麦端坐在屏前。";
const periodOf = (body: string, title = "某市12345热线架起政民连心桥") =>
  parseBulletinText(`${title}\n${body}`).bulletin.issue.period;
const year = (y: number) => ({ kind: "year", year: y });

describe("a later sentence of the lede that opens with its year and gives its counts", () => {
  test.each([
    {
      what: "a second sentence with a comma after its year",
      body: `${SCENE}\n近年来，某旗深耕接诉即办，用高效服务架起政民“连心桥”。2025年，某旗12345热线全年共受理诉求11877件，同比下降3.63%。`,
      period: year(2025),
    },
    {
      what: "a second sentence without a comma after its year",
      body: `某市召开12345平台通报会。会上公布了平台的运行情况。2020年平台受理办件302万件，接通率61.90%。`,
      period: year(2020),
    },
    {
      what: "a paragraph led by a speaker's lead-in, no comma after the year",
      body: `${SCENE}\n某市民游客中心主任张某介绍，2021年某市12345热线平台受理办件402万余件，日均11020件。`,
      period: year(2021),
    },
    {
      what: "a sentence after `据了解，` in the paragraph",
      body: "本报3月12日讯（记者 张某） 12日上午，市工商局召开新闻发布会。 据了解，2012年市工商局共受理消费者咨询、申诉、举报共计33788件。",
      period: year(2012),
    },
    {
      what: "a sentence in traditional characters after `據統計，`",
      body: `${SCENE}\n作為全省首條熱線，某熱線自2016年設立以來不斷創新。據統計，2024年，某熱線共受理訴求816.06萬件。`,
      period: year(2024),
    },
    {
      what: "a span of whole years from 从 to 至, after `據統計，`: those years",
      body: `${SCENE}\n作為全省首條熱線，某熱線自2016年設立以來不斷創新。據統計，從2016年至2024年，某熱線共受理訴求5159.14萬件，其中2024年受理816.06萬件。`,
      period: { kind: "range", start: "2016-01-01", end: "2024-12-31" },
    },
    {
      what: "a sentence after a paragraph of narrative, the year's line after a year that counts from",
      body: "为提升政务服务水平，县政务服务中心认真落实“好差评”制度。\n2020年以来，县政务服务大厅共计安装106台评价器。\n2020年县直单位评价总量为24793条，整体好评率达99.95%。",
      period: year(2020),
    },
  ])("parseBulletinText: $what states its year", ({ body, period }) => {
    expect(periodOf(body)).toEqual(period);
  });

  test.each([
    {
      what: "a plan's year (计划) states none",
      body: `${SCENE}\n截至6月底，全市保障房已开工4.4万套。2013年，全市计划新开工保障房6.3万套。`,
    },
    {
      what: "a year a count starts at (以来) states none",
      body: `${SCENE}\n近年来，某市不断创新。2021年以来，热线累计受理诉求近90万件。`,
    },
    {
      what: "a holiday's year states none (its days are the span)",
      body: `${SCENE}\n假期里游客众多。2013年清明小长假期间，全区共接待游客12.4万人次。`,
    },
    {
      // Since session 49 a year framed as behind the speaker (`2020年是极不平凡的一年`) is read as
      // the year reviewed (framed-past-years.test.ts); a plain year's sentence still states none.
      what: "a year's sentence without a number states none",
      body: `${SCENE}\n热线运行平稳。2020年热线话务量激增，接线员们加班加点。`,
    },
    {
      what: "a year inside a sentence (not at its head) states none",
      body: `${SCENE}\n热线运行平稳，从2019年的683件，到2025年的33267件，六年增长近48倍。`,
    },
    {
      what: "a past year set against this year's figures (今年) states none",
      body: "春运以来，全市共出动警力32270人次。\n交警支队负责人介绍，酒驾仍是第一大“杀手”。據統計，2018年我市共查處酒駕行為1553起，今年1、2月份全市查處酒駕行為291起。",
    },
    {
      what: "a span of years without 从 states none",
      body: `${SCENE}\n热线运行平稳。2011-2015年，中心共受理各类事项968367件。`,
    },
    {
      what: "an editor's note's year states none",
      body: "编者按：近年来，各地深化改革。2020年，共有4个市州因改革成效明显受到表扬。\n着力推进“五个突破”\n某市坚持以人民为中心，全面推进改革。",
    },
    {
      what: "a year under the report's first sub-head states none",
      body: `${SCENE}\n一、主要工作\n1.简化办事程序，压缩办事时限。2015年，再压减了2个工作日。`,
    },
  ])("parseBulletinText: $what", ({ body }) => {
    expect(periodOf(body)).toBeUndefined();
  });

  test("parseBulletinText: a period stated earlier in the opening goes first", () => {
    expect(
      periodOf(
        `${SCENE}\n1-5月，热线运行平稳。2025年，某旗12345热线共受理诉求11877件。`,
        "某旗12345热线2025年1-5月运行情况",
      ),
    ).toEqual({ kind: "range", start: "2025-01-01", end: "2025-05-31" });
  });
});
