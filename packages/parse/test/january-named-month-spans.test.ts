import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A lead of the year so far (`2007年以來，…穩步推進。`) over a line opening with the months from January
 * that write January's `月` too (`1月至8月，`, `1月份至5月，`): those months of the lead's year, as for
 * `1-8月，`. The first case is cut from `guizhou-safety-2007-1-8-trad` (tuning); near misses: a span
 * that does not start in January (`11月至12月`) or that starts on a day (`1月1日至5月`) is no such span.
 */

const periodOf = (text: string) => parseBulletinText(text).bulletin.issue.period;
const months = (start: string, end: string) => ({ kind: "range", start, end });

describe("the months from January with January's 月 written", () => {
  test.each([
    {
      what: "`1月至8月` under a traditional lead of the year so far",
      text: "9月10日記者從有關會議上獲悉，2007年以來，在貴州省委、省政府的領導下，各項工作穩步推進，安全生產形勢保持總體穩定。\n1月至8月，全省共發生各類事故2456起，死亡1615人，同比減少1717起、139人。",
      period: months("2007-01-01", "2007-08-31"),
    },
    {
      what: "`1月份至5月` under a lead of the year so far",
      text: "某省安全生产形势通报\n2022年以来，全省安全生产形势保持总体稳定。\n1月份至5月，全省共发生各类事故245起，死亡161人。",
      period: months("2022-01-01", "2022-05-31"),
    },
  ])("parseBulletinText: $what states those months", ({ text, period }) => {
    expect(periodOf(text)).toEqual(period);
  });

  test.each([
    {
      what: "a span from November (`11月至12月`)",
      text: "某省安全生产形势通报\n2022年以来，全省安全生产形势保持总体稳定。\n11月至12月，全省共发生各类事故245起，死亡161人。",
    },
    {
      what: "a span from a day of January (`1月1日至5月`)",
      text: "某省安全生产形势通报\n2022年以来，全省安全生产形势保持总体稳定。\n1月1日至5月，全省共发生各类事故245起，死亡161人。",
    },
  ])("parseBulletinText: $what states no months from January", ({ text }) => {
    expect(periodOf(text)).toBeUndefined();
  });
});
