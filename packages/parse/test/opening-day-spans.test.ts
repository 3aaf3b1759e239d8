import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report whose first sentence states the span it counts over as two whole dates
 * (`从2019年1月1日至2021年11月30日，共受理群众反映3134万件`) reports on that span, also where a later
 * paragraph opens with a year within it, a part of its story (`2019年，本市…建立起以12345为主渠道的…体系。`).
 * A span the later year falls outside of (an audit's fieldwork in 2023 for a report on 2022) is
 * no period of the report. Written for the rule (batch s15b's Beijing 接诉即办 item, 2019年1月1日 to
 * 2021年11月30日); the cases are invented.
 */

const later = (year: string) => [
  "17+N个网上工作矩阵",
  `${year}年，本市在此前探索的基础上，建立起以12345热线为主渠道的为民服务体系。`,
];
const LATER = later("2019");
const periodOf = (...lines: string[]) => parseBulletinText(lines.join("\n")).bulletin.issue.period;

describe("a first sentence stating its span as two whole dates", () => {
  test.each([
    [
      "本市推行接诉即办改革近3年，从2019年1月1日至2021年11月30日，共受理群众反映3134万件。",
      "2019-01-01",
      "2021-11-30",
    ],
    [
      "记者从某市政务服务管理局获悉，自2022年3月1日至2023年2月28日，热线共受理诉求86万件。",
      "2022-03-01",
      "2023-02-28",
    ],
    ["2020年7月1日至2021年6月30日，全县共受理投诉举报1.2万件。", "2020-07-01", "2021-06-30"],
    ["某区推行改革以来，2018年10月8日至12月31日，共办结事项4521件。", "2018-10-08", "2018-12-31"],
  ])("`%s` reports on %s to %s", (lede, start, end) => {
    expect(periodOf(lede, ...later(start.slice(0, 4)))).toEqual({ kind: "range", start, end });
  });
});

describe("openings whose period stays as it was", () => {
  test("a year opening the first sentence, two whole dates further down", () => {
    expect(
      periodOf(
        "2021年，全市共受理群众诉求1234万件，同比增长5.1%。",
        "从2019年1月1日至2021年11月30日，共受理群众反映3134万件。",
      ),
    ).toEqual({ kind: "year", year: 2021 });
  });

  test("an audit's fieldwork before the year a later paragraph opens with", () => {
    expect(
      periodOf(
        "根据审计法的规定，某区审计局自2023年5月8日至8月30日，对某区2022年度预算执行情况进行了审计。",
        "2022年，某区一般公共预算收入15.39亿元，增长3.0%。",
      ),
    ).toEqual({ kind: "year", year: 2022 });
  });

  test("a first sentence stating one day, not a span", () => {
    expect(
      periodOf("2019年1月1日，本市12345热线正式开通，首日受理来电3.2万件。", ...LATER),
    ).not.toEqual({ kind: "range", start: "2019-01-01", end: "2019-01-01" });
  });

  test("a span whose end comes before its start", () => {
    expect(
      periodOf("从2021年11月30日至2019年1月1日，共受理群众反映3134万件。", ...LATER),
    ).not.toMatchObject({ start: "2021-11-30" });
  });
});
