import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report without a title naming a month whose first paragraph names the months from January of
 * this year (`工信部10月21日公布了今年1-9月通信业运行状况`) or of a year printed (`2021年1-12月`) up to a
 * month stated with its year (`2010年9月，全国电话用户净增917.3万户`): the months so far, not that month
 * alone. The lines are shortened from the corpus (`national-telecom-2010-1-9-cncomm`,
 * `zhongshan-sanjiao-town-economy-2021`, `city-cpi-2023-12-trad`) or written for the test.
 */

const LATER =
  "\n1-9月,全国移动电话用户累计净增8608.7万户,达到83330万户。\n在业务收入构成上,移动通信收入累计完成4651亿元,比上年同期增长12%。";

const period = (text: string) => parseBulletinText(text).bulletin.issue.period;

describe("the months from January a first paragraph names up to the month found", () => {
  test.each([
    [
      "工信部10月21日公布了今年1-9月通信业运行状况,前三季度全国电信业务总量累计完成22748.9亿元,比上年同期增长20.8%。\n2010年9月,全国电话用户净增917.3万户,总数达到113457.0万户。",
      "2010-01-01",
      "2010-09-30",
    ],
    [
      "市统计局日前公布了本年1至5月份工业运行情况,规模以上工业增加值增长6.1%。\n2021年5月,全市规模以上工业增加值完成88.2亿元,增长5.3%。",
      "2021-01-01",
      "2021-05-31",
    ],
    [
      "2021年12月,生产生活秩序基本恢复。相比2020年全年,2021年1-12月主要指标增速呈现小幅上升,三角镇经济结构调整已取得一定成效。",
      "2021-01-01",
      "2021-12-31",
    ],
  ])("parseBulletinText: `%s` reports %s to %s", (text, start, end) => {
    expect(period(`${text}${LATER}`)).toEqual({ kind: "range", start, end });
  });

  test.each([
    // Months up to another month than the one stated: the month stays.
    [
      "工信部公布了今年1-8月通信业运行状况,电信业务总量累计完成20102.3亿元,增长20.1%。\n2010年9月,全国电话用户净增917.3万户,总数达到113457.0万户。",
      "2010-09",
    ],
    // Another year's months: a comparison's base.
    ["2021年11月,全镇生产生活秩序基本恢复。相比2020年1-11月,主要指标增速呈现小幅上升。", "2021-11"],
    // The months' sum so far in a month's price report.
    [
      "1月19日,記者從市統計部門獲悉,2023年12月我市居民消費價格總水平同比持平,環比上漲0.4%,2023年1月至12月份累計上漲與上年持平。",
      "2023-12",
    ],
    // A title naming the month: the month is the report's own.
    [
      "2010年9月份通信业运行情况\n\n工信部公布了今年1-9月通信业运行状况,电信业务总量累计完成22748.9亿元。\n2010年9月,全国电话用户净增917.3万户,总数达到113457.0万户。",
      "2010-09",
    ],
    // No `今年`: the months are a count inside the month's report.
    [
      "2010年9月,全国电话用户净增917.3万户,1-9月累计净增8608.7万户。\n全国移动电话用户达到83330万户。",
      "2010-09",
    ],
  ])("parseBulletinText: `%s` keeps the month %s (counter-case)", (text, month) => {
    expect(period(`${text}${LATER}`)).toEqual({ kind: "month", month });
  });
});
