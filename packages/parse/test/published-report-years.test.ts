import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A yearly report's opening that announces it publishes (`发布`, `公布`) rather than reports
 * (`报告`, `通报`): `…从2020年起，建立年度工作情况发布制度。现将2021年度工作情况发布如下：` names the year
 * it reports on, as `现将2021年…情况报告如下` does. Part of a year (`2021年上半年`, `2021年1-6月`) or
 * the months since a year's start (`2021年以来`) is no year reported on. Written for the rule (the
 * corpus's shape, a county hotline's yearly release, is the first).
 */

const body =
  "一、总体情况\n（一）公众诉求办理\n全年热线共为企业群众提供服务127365件，其中总受理量119949件，在线解答率为65.3%。\n（二）企业诉求办理\n全年受理企业诉求3984件，办结率100%。";

const period = (opening: string) => parseBulletinText(`${opening}\n${body}`).bulletin.issue.period;

describe("a yearly release's opening announcing its year", () => {
  test.each([
    [
      "为了让公众全面了解热线工作情况，从2020年起，建立年度工作情况发布制度。现将2021年度工作情况发布如下：",
      2021,
    ],
    ["现将2022年全县12345热线运行情况公布如下：", 2022],
    ["现将2019年度某区政务公开工作情况发布如下。", 2019],
    ["現將2023年度熱線工作情況公佈如下：", 2023],
  ])("parseBulletinText: `%s` states the year", (opening, year) => {
    expect(period(opening)).toEqual({ kind: "year", year });
  });

  test.each([
    "现将2021年上半年热线工作情况发布如下：",
    "现将2021年1-6月热线工作情况公布如下：",
    "现将2021年以来热线工作情况发布如下：",
    // A release announced, no year of its own: the text's later counts say none either.
    "从2020年起，建立年度工作情况发布制度。",
  ])("parseBulletinText: `%s` states no year reported on (counter-case)", (opening) => {
    expect(period(opening)?.kind).not.toBe("year");
  });
});
