import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A month after `于` alone (`…现场会于2022年9月份在我市召开`, `该中心成立於2001年6月`) is when an event
 * took place, not the span a report covers: it gives no period (a year the report opens with still
 * does). A span of months after `于` (`于2022年1-9月`), and a month after a word that ends in `于`
 * (`关于2016年1月安全生产情况的通报`, `对于`) still give theirs. Invented variants.
 */

const periodOf = (text: string) => parseBulletinText(text).bulletin.issue.period;

describe("the month of an event gives no period", () => {
  test.each([
    [
      "an event in a year's report",
      "2022年，某市司法局坚持依法行政，各项工作均取得新进展。全省调解工作现场会于2022年9月份在我市召开，全年共调解纠纷1.2万件。",
      { kind: "year", year: 2022 },
    ],
    [
      "a founding month in traditional characters",
      "某區行政服務中心是政府派出機構，成立於2003年5月，現有窗口42個，進駐部門26個。",
      undefined,
    ],
    [
      "a tender completed",
      "该热线建设于2019年8月完成招标，经过90天的建设期正式开通运行，全年受理来电18万件。",
      undefined,
    ],
  ])("%s", (_, text, period) => {
    expect(periodOf(text)).toEqual(period);
  });
});

describe("spans and words ending in 于 still give a period (near-misses)", () => {
  test.each([
    [
      "a span of months after 于",
      "全市各级调解组织于2022年1-9月共调解纠纷8600件，调解成功率98.2%。",
      { kind: "range", start: "2022-01-01", end: "2022-09-30" },
    ],
    [
      "关于 before the month",
      "关于2016年1月全市安全生产情况的通报\n全市共发生各类生产安全事故12起，死亡3人。",
      { kind: "month", month: "2016-01" },
    ],
  ])("%s", (_, text, period) => {
    expect(periodOf(text)).toEqual(period);
  });
});
