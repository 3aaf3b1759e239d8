import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A census's or a sample survey's opening names the moment it counts at: `现将2020年11月1日零时我区
 * 人口普查的基本情况公布如下`, `以2015年11月1日零时为标准时点的全国1%人口抽样调查显示`. Its year is the
 * span the bulletin's figures stand for. Every text here is written for the test.
 */

const period = (head: string, opening: string) =>
  parseBulletinText(
    `${head}${opening}\n\n一、人口总量\n\n全区常住人口为239692人，占全市人口的12.17%。\n\n二、户别人口\n\n全区共有家庭户88991户，集体户3722户。`,
  ).bulletin.issue.period;

describe("the year of the moment a census counts at", () => {
  test.each([
    [
      "某区第七次全国人口普查公报\n\n",
      "根据某区第七次全国人口普查结果，现将2020年11月1日零时我区人口普查的基本情况公布如下：",
      2020,
    ],
    [
      "某縣第七次全國人口普查公報\n\n",
      "根據第七次全國人口普查結果，現將2020年11月1日零時全縣常住人口的基本情況公布如下：",
      2020,
    ],
    [
      "",
      "4月20日，国家统计局发布公报，以2015年11月1日零时为标准时点的全国1%人口抽样调查显示，我国60岁及以上人口为22182万人。",
      2015,
    ],
    [
      "某省体育场地普查数据公布\n\n",
      "根据有关通知，我国以2013年12月31日为标准时点开展了第六次全国体育场地普查。现将普查数据公报如下：",
      2013,
    ],
  ])("parseBulletinText: `%s%s` states the year %i", (head, opening, year) => {
    expect(period(head, opening)).toEqual({ kind: "year", year });
  });

  test.each([
    // A span from midnight: a month's report, not a census's moment.
    "现将2013年3月1日零时至3月31日24时全省法定报告传染病疫情公布如下：",
    // A service that starts at midnight, and a moment without its year.
    "某市热线办公室于2020年7月20日零时起，全市12345热线正式开通。",
    "调查的标准时间为年11月1日零时。现将主要数据公布如下：",
  ])("parseBulletinText: `%s` states no census year (counter-case)", (opening) => {
    expect(period("", opening)?.kind).not.toBe("year");
  });
});
