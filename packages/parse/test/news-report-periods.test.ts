import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Periods a news report states after its lead-in (issue 14, tuning batch 10): the dateline and the
 * clause naming where the words came from (`记者…获悉，`, `…数据显示，`, `从…传来消息，`, `据了解，`)
 * come before the span; a holiday's days printed after its name; a year a count starts or stops
 * at (`自2016年8月…以来`) is no period. Examples written for the rules.
 */

const periodOf = (text: string) => parseBulletinText(text).bulletin.issue.period;
const year = (y: number) => ({ kind: "year", year: y });

describe("a report's lead-in before the year it opens with", () => {
  test.each([
    { lead: "记者3月2日从全市信访工作会议上获悉，", period: year(2019) },
    { lead: "市统计局5日公布的数据显示，", period: year(2019) },
    { lead: "近日，从市12345热线中心传来消息，", period: year(2019) },
    { lead: "据了解，", period: year(2019) },
    { lead: "据悉，", period: year(2019) },
    { lead: "本报讯（记者 王某）记者从市财政局了解到，", period: year(2019) },
    { lead: "新华社北京1月5日电 记者从国家信访局获悉，", period: year(2019) },
    { lead: "據悉，", period: year(2019) },
    { lead: "据市统计局统计，", period: year(2019) },
    { lead: "某某网消息：据某某新闻网报道，", period: year(2019) },
  ])("parseBulletinText: `$lead` before `2019年，…` reports on 2019", ({ lead, period }) => {
    expect(periodOf(`某市信访形势持续向好\n${lead}2019年，全市信访总量下降7.4%。`)).toEqual(period);
  });

  test.each([
    // No lead-in: the sentence opens with a clause of its own, so the year later states nothing.
    { text: "全市信访形势持续向好，2019年，全市信访总量下降7.4%。" },
    // A clause with a year is no lead-in (its year may be the period; here it is a point of comparison).
    { text: "与2018年相比数据显示，2019年，全市信访总量下降7.4%。" },
    // A lead-in longer than a clause a reader skims (over 40 characters) is the report's own.
    {
      text: `${"在市委市政府的坚强领导下各级各部门共同努力".repeat(2)}获悉，2019年，全市信访总量下降7.4%。`,
    },
  ])("parseBulletinText: `$text` states no period from a lead-in", ({ text }) => {
    expect(periodOf(`某市信访形势持续向好\n${text}`)).toBeUndefined();
  });

  test("parseBulletinText: a lead-in before a span with its year gives that span", () => {
    expect(
      periodOf("某市经济运行平稳\n记者从市统计局获悉，2019年1-5月，全市规上工业增加值增长6.2%。"),
    ).toEqual({ kind: "range", start: "2019-01-01", end: "2019-05-31" });
  });
});

describe("a holiday's days printed after its name", () => {
  test.each([
    { printed: "2025年端午节期间(5月31日至6月2日)", start: "2025-05-31", end: "2025-06-02" },
    { printed: "2024年春节假期期间（2月10日—2月17日）", start: "2024-02-10", end: "2024-02-17" },
    { printed: "2023年国庆节假期10月1日至7日", start: "2023-10-01", end: "2023-10-07" },
    { printed: "2022年五一假期（4月30日-5月4日）", start: "2022-04-30", end: "2022-05-04" },
    { printed: "2021年元旦（1月1日至3日）", start: "2021-01-01", end: "2021-01-03" },
  ])("parseBulletinText: `$printed` is the span $start to $end", ({ printed, start, end }) => {
    expect(periodOf(`近日，从市12315中心传来消息，${printed}，共受理投诉144件。`)).toEqual({
      kind: "range",
      start,
      end,
    });
  });

  test("parseBulletinText: days after words that name no holiday or span (`以来`) state no range", () => {
    expect(periodOf("据悉，2024年以来（1月1日至6月30日）全市共受理投诉144件。")?.kind).not.toBe(
      "range",
    );
  });

  test("parseBulletinText: a holiday's days read for any holiday year and days in order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2030 }),
        fc.constantFrom("春节假期", "端午节期间", "国庆长假", "中秋节"),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 7 }),
        (y, feast, m, d, n) => {
          const mm = String(m).padStart(2, "0");
          expect(
            periodOf(`据了解，${y}年${feast}（${m}月${d}日至${m}月${d + n}日），共受理投诉144件。`),
          ).toEqual({
            kind: "range",
            start: `${y}-${mm}-${String(d).padStart(2, "0")}`,
            end: `${y}-${mm}-${String(d + n).padStart(2, "0")}`,
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("a year a count starts or stops at", () => {
  test.each([
    { text: "中心自2016年8月接手热线以来，共受理诉求61125件。" },
    { text: "从2020年3月起，热线共受理诉求61125件。" },
    { text: "截至2021年6月，热线共受理诉求61125件。" },
  ])("parseBulletinText: `$text` states no month", ({ text }) => {
    expect(periodOf(`某市热线运行良好\n${text}`)).toBeUndefined();
  });

  test("parseBulletinText: a month with no such word before it is still the period", () => {
    expect(periodOf("某市热线运行良好\n2020年3月，热线共受理诉求61125件。")).toEqual({
      kind: "month",
      month: "2020-03",
    });
  });
});

describe("days a count runs between, both ends named after 从 or 自", () => {
  test.each([
    {
      text: "从2024年3月1日至3月31日止，共接收捐赠款物56万元。",
      start: "2024-03-01",
      end: "2024-03-31",
    },
    {
      text: "自2023年12月25日至2024年1月5日，热线共受理诉求6112件。",
      start: "2023-12-25",
      end: "2024-01-05",
    },
    {
      text: "1、接收情况：从2022年2月8日—2月20日，共接收物资1.2万件。",
      start: "2022-02-08",
      end: "2022-02-20",
    },
  ])("parseBulletinText: `$text` is the span $start to $end", ({ text, start, end }) => {
    expect(periodOf(`某县红十字会捐赠款物公示\n${text}`)).toEqual({ kind: "range", start, end });
  });

  test.each([
    { text: "自2023年1月至6月，热线共受理诉求6112件。", start: "2023-01-01", end: "2023-06-30" },
    {
      text: "从2024年12月至2025年2月，共接收捐赠款物56万元。",
      start: "2024-12-01",
      end: "2025-02-28",
    },
    { text: "自2022年1-9月，全县共接收物资1.2万件。", start: "2022-01-01", end: "2022-09-30" },
  ])(
    "parseBulletinText: months after 从 or 自 with both ends, `$text`, are the span",
    ({ text, start, end }) => {
      expect(periodOf(`某县红十字会捐赠款物公示\n${text}`)).toEqual({ kind: "range", start, end });
    },
  );

  test.each([
    {
      text: "从2024年3月1日起至3月31日止，共接收捐赠款物56万元。",
      start: "2024-03-01",
      end: "2024-03-31",
    },
    {
      text: "2023年10月8日起至10月14日，热线共受理诉求6112件。",
      start: "2023-10-08",
      end: "2023-10-14",
    },
  ])(
    "parseBulletinText: days with 起 after the first, `$text`, are the span",
    ({ text, start, end }) => {
      expect(periodOf(`某县红十字会捐赠款物公示\n${text}`)).toEqual({ kind: "range", start, end });
    },
  );

  test("parseBulletinText: a day a count starts at (`自…起`), with no end, states no range", () => {
    expect(
      periodOf("某县红十字会捐赠款物公示\n自2024年3月1日起，共接收捐赠款物56万元。")?.kind,
    ).not.toBe("range");
  });

  test("parseBulletinText: a day a count starts at, with no end (`自…至今`), states no range", () => {
    expect(
      periodOf("某县红十字会捐赠款物公示\n自2024年3月1日至今，共接收捐赠款物56万元。")?.kind,
    ).not.toBe("range");
  });
});
