import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report whose first paragraph opens with a year and a span of months (`2009年1至2月，西藏累计
 * 接待国内外旅游者…`) and whose later paragraphs open with bare years for the background
 * (`2008年，受…影响，西藏接待…224.64万人次`): the report covers that span, not the later year. Written for
 * the rule (formerly held-out-35's 西藏 tourism report, read as 2008); every text here is invented.
 */

const periodOf = (body: string) =>
  parseBulletinText(`促进某地旅游业的发展\n${body}`).bulletin.issue.period;

describe("a span of months with its year opening the report, then bare years", () => {
  test.each([
    {
      what: "the opening span wins over a later paragraph's year",
      body: "2009年1至2月，某地累计接待游客逾12万人次，同比增长4.8%。\n2008年，某地接待游客224.64万人次，同比下降44.2%。",
      period: { kind: "range", start: "2009-01-01", end: "2009-02-28" },
    },
    {
      what: "under a photo's caption, with a dash",
      body: "从某寺眺望某峰风光（摄于2007年9月27日）。\n2016年1-5月，某地接待游客120万人次，同比增长8%。\n2015年，某地接待游客400万人次，实现收入48.56亿元。",
      period: { kind: "range", start: "2016-01-01", end: "2016-05-31" },
    },
    {
      what: "a bare year with a number opening the report still states its year (counter-case)",
      body: "2008年，某地接待游客224.64万人次，同比下降44.2%。\n2009年1至2月，某地累计接待游客逾12万人次。",
      period: { kind: "year", year: 2008 },
    },
    {
      what: "without an opening span the later year is read as before (counter-case)",
      body: "某地旅游业加速发展。\n2008年，某地接待游客224.64万人次，同比下降44.2%。",
      period: { kind: "year", year: 2008 },
    },
  ])("parseBulletinText: $what", ({ body, period }) => {
    expect(periodOf(body)).toEqual(period);
  });
});
