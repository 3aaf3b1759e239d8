import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Spans a report's opening states in shapes the formerly held-out sets 7 and 8 showed (issue 14):
 * a span of days whose `日` is printed once (`2022年9月26-30日`), the months from January up to a
 * month's end a first sentence counts to (`截至2015年8月底，累计…`), and an opening behind a heading's
 * marker, a run-in label or a bullet (`一、截至…`, `◆1-12月，…`), whose own span goes before what a
 * later line states. Examples written for the rules.
 */

const periodOf = (text: string) => parseBulletinText(text).bulletin.issue.period;
const range = (start: string, end: string) => ({ kind: "range", start, end });

describe("a span of days with its 日 printed once", () => {
  test.each([
    ["现将2022年9月26-30日督查情况通报如下：", range("2022-09-26", "2022-09-30")],
    ["现将2023年10月8至14日检查情况通报如下：", range("2023-10-08", "2023-10-14")],
    ["2024年4月29—5月3日，全市共受理投诉120件。", range("2024-04-29", "2024-05-03")],
    ["2021年国庆假期（10月1-7日），全市共受理投诉120件。", range("2021-10-01", "2021-10-07")],
  ])("%s", (opening, period) => {
    expect(periodOf(`某市督查通报\n${opening}\n一、督查情况\n共检查点位320个。`)).toEqual(period);
  });

  test("a day alone is no span, and a month before it is no month reported on", () => {
    expect(
      periodOf("某市督查通报\n2022年9月26日，市督查组开展督查。\n一、督查情况\n共检查点位320个。"),
    ).toBeUndefined();
  });

  test("property: any span of days within a month is read whole, 日 once or twice", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 1, max: 14 }),
        fc.constantFrom("-", "—", "至", "～"),
        fc.boolean(),
        (year, month, d1, span, dash, twice) => {
          const d2 = d1 + span;
          const text = `某市督查通报\n现将${year}年${month}月${d1}${twice ? "日" : ""}${dash}${d2}日督查情况通报如下：\n一、督查情况\n共检查点位320个。`;
          const pad = (n: number): string => String(n).padStart(2, "0");
          expect(periodOf(text)).toEqual(
            range(`${year}-${pad(month)}-${pad(d1)}`, `${year}-${pad(month)}-${pad(d2)}`),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("the months up to a month's end a first sentence counts to", () => {
  test.each([
    [
      "一、截至2015年8月底,累计完成公共财政预算总收入67949万元。",
      range("2015-01-01", "2015-08-31"),
    ],
    ["截止2024年6月30日，全县累计实现税收收入3.2亿元。", range("2024-01-01", "2024-06-30")],
    ["截至2023年11月末，累計完成固定資產投資56.7億元。", range("2023-01-01", "2023-11-30")],
  ])("%s", (opening, period) => {
    expect(periodOf(`${opening}\n二、支出情况：累计完成支出124241万元。`)).toEqual(period);
  });

  test.each([
    "截至2020年12月底，全市共进驻事项8554项。",
    "截至2024年6月15日，累计完成投资3.2亿元。",
    "截至2021年6月，热线共受理诉求61125件。",
  ])(
    "a stock, a day within a month or a count since an unstated start states none: %s",
    (opening) => {
      expect(periodOf(`某市热线运行良好\n${opening}`)).toBeUndefined();
    },
  );
});

describe("an opening behind a marker, a label or a bullet", () => {
  test.each([
    [
      "君山区热线工作情况通报(2020年第八期)\n【热线综述】\n◆1-12月,全区共受理工单11204件。\n市热线办对我区2020年12月工单办理考核情况如下:工单受理1136件。",
      range("2020-01-01", "2020-12-31"),
    ],
    [
      "某区热线工作情况通报（2023年第3期）\n●1-6月，全区共受理工单5204件。\n对我区2023年6月工单办理考核情况如下：受理936件。",
      range("2023-01-01", "2023-06-30"),
    ],
    [
      "某区投诉举报情况分析\n（一）总体情况：2023年，全区共受理投诉举报205件。",
      { kind: "year", year: 2023 },
    ],
  ])("%s", (text, period) => {
    expect(periodOf(text)).toEqual(period);
  });

  test("a later line's month still states the period when no line opens with a span", () => {
    expect(
      periodOf(
        "某区热线工作情况通报（2023年第3期）\n【热线综述】\n全区热线运行平稳。\n对我区2023年6月工单办理考核情况如下：受理936件。",
      ),
    ).toEqual({ kind: "month", month: "2023-06" });
  });
});
