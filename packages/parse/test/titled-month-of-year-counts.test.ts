import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A monthly release copied as news whose title names its month without the year (`9月全国环保举报办理
 * 情况公布`, `某部通报11月全国…`, `8月份…`) and whose opening states the year's count so far first
 * (`2018年1-9月全国…`) and then the month with its year as its own (`2018年9月，平台共录入…`): the
 * period is the month the title names, not January to that month. Near-misses: the month stated only
 * where a count stops (`截至2017年11月，…`), a title naming the months from January (`前9月…`, `1-9月…`),
 * a title naming another month or a year. Written for held-out-159's and -79's 12369 copies; every
 * text is invented.
 */

const periodOf = (title: string, ...lines: string[]) =>
  parseBulletinText([title, ...lines].join("\n")).bulletin.issue.period;
const month = (m: string) => ({ kind: "month", month: m });
const span = (start: string, end: string) => ({ kind: "range", start, end });

describe("a title's month over the year's count so far", () => {
  test.each([
    {
      title: "9月全国环保举报办理情况公布 共接举报71627件",
      lines: [
        "2018年1-9月全国举报量为657702件。",
        "2018年9月，平台共接到环保举报71627件，环比下降19%。",
      ],
      period: month("2018-09"),
    },
    {
      title: "某部通报11月全国价格举报办理情况",
      lines: [
        "2019年1—11月全国价格举报共计12.3万件，11月共接到举报1.1万件。",
        "2019年11月，举报量环比下降5.2%。",
      ],
      period: month("2019-11"),
    },
    {
      title: "8月份某省消费投诉情况",
      lines: [
        "2021年1-8月，全省受理消费投诉3.2万件。2021年8月份，全省受理投诉4125件，同比增长6%。",
      ],
      period: month("2021-08"),
    },
  ])("parseBulletinText: `$title` reports its month", ({ title, lines, period }) => {
    expect(periodOf(title, ...lines)).toEqual(period);
  });

  test.each([
    {
      what: "the month only where a count stops",
      range: span("2017-01-01", "2017-11-30"),
      title: "11月高速公路建设进展顺利",
      lines: [
        "截至2017年11月，某集团所辖建设项目累计完成投资1709.1亿元。2017年1-11月，高速公路建设完成投资53.5亿元。",
      ],
    },
    {
      what: "a title naming the months from January",
      range: span("2018-01-01", "2018-09-30"),
      title: "前9月全国环保举报办理情况",
      lines: ["2018年1-9月全国举报量为657702件。", "2018年9月，平台共接到环保举报71627件。"],
    },
    {
      what: "a title naming another month",
      range: span("2018-01-01", "2018-09-30"),
      title: "8月全国环保举报办理情况",
      lines: ["2018年1-9月全国举报量为657702件。", "2018年9月，平台共接到环保举报71627件。"],
    },
  ])("parseBulletinText: $what keeps the months from January", ({ title, lines, range }) => {
    expect(periodOf(title, ...lines)).toEqual(range);
  });
});
