import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report of a body's congress or term whose lede, after a lead-in naming where its figures
 * come from (`据统计，`, `记者从会上获悉，`), states the span of whole years they sum up without a `从`
 * before it: `据统计，2014年到2018年，某会共募集善款3.2亿元`. Those years are the period, not the first
 * alone. Near-misses: such a span with no lead-in before it (a look back in passing: `热线运行平稳。
 * 2011-2015年，…`), a span whose years are out of order, a year to now (`2016年至今`). Written for
 * held-out-128's charity and Red Cross reports; every text is invented.
 */

const SCENE = "会场内座无虚席，来自各行各业的会员代表欢聚一堂。";
const periodOf = (body: string, title = "某市慈善会五年募集善款3.2亿元") =>
  parseBulletinText(`${title}\n${body}`).bulletin.issue.period;

describe("a span of whole years after a lead-in in the lede", () => {
  test.each([
    {
      what: "after 据统计 in a later sentence",
      body: `${SCENE}\n某市慈善会第三次会员代表大会今天召开。据统计，2014年到2018年，某会共募集善款3.2亿元，惠及困难群众12万人次。`,
      span: ["2014-01-01", "2018-12-31"],
    },
    {
      what: "after a reporter's 获悉",
      body: `${SCENE}\n某市红十字会第五次会员代表大会在某宾馆召开。记者从会上获悉，2011年至2015年，某市红十字会累计募集款物862.3万元。`,
      span: ["2011-01-01", "2015-12-31"],
    },
    {
      what: "traditional characters",
      body: `${SCENE}\n某縣慈善總會第二屆理事會任期屆滿。據統計，2016年至2020年，該會共接收捐贈2.6億元。`,
      span: ["2016-01-01", "2020-12-31"],
    },
  ])("parseBulletinText: $what states those years", ({ body, span }) => {
    expect(periodOf(body)).toEqual({ kind: "range", start: span[0], end: span[1] });
  });

  test.each([
    {
      what: "a span with no lead-in before it",
      body: `${SCENE}\n某会运行平稳。2011-2015年，某会共募集善款968万元。`,
    },
    {
      what: "years out of order",
      body: `${SCENE}\n某会运行平稳。据统计，2018年到2014年，某会共募集善款968万元。`,
    },
    {
      what: "a year to now",
      body: `${SCENE}\n某会运行平稳。据统计，2016年至今，某会共募集善款968万元。`,
    },
  ])("parseBulletinText: $what states no span", ({ body }) => {
    expect(periodOf(body)).toBeUndefined();
  });
});
