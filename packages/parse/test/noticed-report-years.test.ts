import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A public notice's opening that puts a year's figures up for the public (`公示`, `公告`) rather than
 * reports them: `现将2023年度某市法律援助中心案件办理…等相关情况进行公示`, `现将2022年度…情况公示如下`
 * names the year it reports on, as `现将2021年…情况报告如下` does. Part of a year or the months since
 * a year's start is no year reported on. Every text here is written for the test.
 */

const body =
  "一、案件办理情况\n全年共受理法律援助案件1123件，其中刑事案件362件。\n二、资金使用情况\n共发放办案补贴119.61万元，法律咨询补贴34.93万元。";

const period = (opening: string) => parseBulletinText(`${opening}\n${body}`).bulletin.issue.period;

describe("a public notice's opening putting a year's figures up", () => {
  test.each([
    [
      "根据《中华人民共和国法律援助法》有关规定，现将2023年度某市法律援助中心案件办理、资金使用等相关情况进行公示，自觉接受社会监督。",
      2023,
    ],
    ["现将2022年度城乡低保资金发放情况公示如下：", 2022],
    ["现将2021年某州体育场地统计调查主要数据公告如下：", 2021],
    ["現將2020年度某區救助資金使用情況予以公示。", 2020],
  ])("parseBulletinText: `%s` states the year", (opening, year) => {
    expect(period(opening)).toEqual({ kind: "year", year });
  });

  test.each([
    "现将2023年第一季度某中心案件办理情况进行公示：",
    "现将2023年1-6月城乡低保资金发放情况公示如下：",
    "现将2023年以来城乡低保资金发放情况予以公示。",
    // A year further off than a clause's words: no notice of it.
    "现将2023年度城乡低保资金发放情况汇总。经研究，对发放对象进行公示。",
  ])("parseBulletinText: `%s` states no year reported on (counter-case)", (opening) => {
    expect(period(opening)?.kind).not.toBe("year");
  });
});
