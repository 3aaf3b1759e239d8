import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report's lede where a speaker's words (`胡道才說，`, `王雁林在报告中称，`, `…负责人指出，`,
 * `主任白立忱20日表示，`) open a sentence that heads with a year and gives that year's counts: the year
 * is the period, as after a source's lead-in (`…介绍，2021年…`). The sentences are those of
 * `henan-court-report-2021-trad`, `shenzhen-procuratorate-2019-ycwb`,
 * `national-mines-2006-big5-trad` and `national-supply-coop-2005-govcn-trad` (shortened); the
 * counter-cases those of `national-redcross-foundation-2022-styjt`,
 * `national-grassland-restoration-chinanews`, `dongguan-deposits-2015-07-trad` and
 * `qinghai-industry-2013-1-11-trad` (shortened).
 */

const SCENE = "1月7日，省十三届人大六次会议举行第二次全体会议。";
const periodOf = (sentence: string) =>
  parseBulletinText(`某省法院工作报告发布\n${SCENE}\n${sentence}`).bulletin.issue.period;

describe("a speaker's words that open a lede's sentence with a year and its counts", () => {
  test.each([
    ["胡道才說,2021年,全省法院受理案件2139772件,審判執行案件1955599件。", 2021],
    ["王雁林在报告中称,2019年,经审查,批准和决定逮捕23968人,起诉28504人。", 2019],
    ["國土資源部有關方面負責人指出,2006年全國非油氣礦山數量繼續減少325個。", 2006],
    [
      "中華全國供銷合作總社理事會主任白立忱20日表示,2005年全國供銷社系統實現銷售總額6130億元。",
      2005,
    ],
  ])("parseBulletinText: `%s` states the year", (sentence, year) => {
    expect(periodOf(sentence)).toEqual({ kind: "year", year });
  });

  test.each([
    // A plan for the year, not its counts.
    "王轶凡表示,2023年将进一步拓展人道救助规模,新增项目12个。",
    // Where a count starts, not a year reported on.
    "李拥军表示,2018年机构改革以来,各级林草部门修复草原2000万亩。",
    // A body's own words, which may look back at another year.
    "東莞市金融工作局稱,2014年,東莞的每人平均存款位列全國第6位。",
    // Words quoted before the speaker: no lead-in of the sentence.
    "“产销率越高越好。”康玲说,2012年全省工业增长12%。",
  ])("parseBulletinText: `%s` states no year (counter-case)", (sentence) => {
    expect(periodOf(sentence)?.kind).not.toBe("year");
  });

  test("parseBulletinText: a speaker's months of the year stay those months", () => {
    expect(periodOf("康玲說,2013年1-9月,青海省規模以上工業產銷率為97.5%。")).toEqual({
      kind: "range",
      start: "2013-01-01",
      end: "2013-09-30",
    });
  });
});
