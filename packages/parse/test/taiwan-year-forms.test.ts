import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { taiwanYearForms } from "../src/internal/taiwan-year-forms";

/**
 * Taiwan's papers write a report's quarter after a year of the Republic without `度`
 * (`澎湖縣政府109年第2季「1999縣民服務專線」…`), and this year with its number in brackets
 * (`今(2025)年第1季`, `今(109)年1-7月`): formerly tuning's penghu-1999, taoyuan-1999 and
 * taiwan-company-registration pages, read with no period. Near-misses that state none: Hong Kong's
 * `在2016年第二季同比下跌` (a Gregorian year: the quarter compared with, not reported), a two-digit
 * year (`今(98)年五月`), a quarter without a year (`今年第1季`), a year past 139 (`1210年第2季`).
 * The lines are short excerpts of corpus texts, but the last.
 */

const periodOf = (line: string) =>
  parseBulletinText(`便民措施服務 以詢問勞工及商家紓困補助為多\n${line}`).bulletin.issue.period;

const months = (start: string, end: string) => ({ kind: "range", start, end });

describe("Taiwan's forms of a report's year", () => {
  test.each([
    [
      "【本報訊】澎湖縣政府109年第2季「便民服務單一窗口」、「1999縣民服務專線」及「縣民時間」等便民服務獲民眾好評,服務件數總計3,295件。",
      months("2020-04-01", "2020-06-30"),
    ],
    [
      "【本報訊】澎湖縣政府112年第3季「1999縣民服務專線」服務獲民眾好評,平均滿意度為95.67%。",
      months("2023-07-01", "2023-09-30"),
    ],
    [
      "桃園1999遭部分民眾濫用,今(2025)年第1季閒扯及謾罵的通話時數就多達236.6小時,讓話務員不堪其擾。",
      months("2025-01-01", "2025-03-31"),
    ],
    [
      "1.今(109)年1-7月公司新設立家數逆勢成長:1至7月新設立公司家數為2萬4,543家,較上(108)年同期增加360家。",
      months("2020-01-01", "2020-07-31"),
    ],
  ])("parseBulletinText: `%s` reports on %j", (line, period) => {
    expect(periodOf(line)).toEqual(period);
  });

  test.each([
    "香港政府統計處12月13日發表的臨時結果顯示,整體制造業的工業生產指數繼在2016年第二季同比下跌0.4%後,第三季同比微跌0.1%。",
    "去(97)年十二月到今(98)年五月,單月放款餘額分別下降1,531.8億元。",
    "統計暨普查局現公佈今年第1季就業調查結果,勞動人口估計為26.8萬人。",
    "監察院指出,1210年第2季起案件增加,共計3,295件。",
  ])("parseBulletinText: `%s` states no period (counter-case)", (line) => {
    expect(periodOf(line)).toBeUndefined();
  });

  test.each([
    ["澎湖縣政府109年第2季「1999縣民服務專線」", "澎湖縣政府2020年第2季度「1999縣民服務專線」"],
    ["今（2025）年第一季", "2025年第一季度"],
    ["今(109)年1-7月", "2020年1-7月"],
    ["109年第2季度", "109年第2季度"],
    ["2016年第二季同比下跌", "2016年第二季同比下跌"],
  ])("taiwanYearForms: `%s` is written `%s`", (text, written) => {
    expect(taiwanYearForms(text)).toBe(written);
  });
});
