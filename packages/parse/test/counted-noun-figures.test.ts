import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A number printed with no unit right after a noun that says what it counts (`观影人次716.23万，`,
 * `参加新农合人口7.26亿，`, `持卡人数达13.89亿，`, `常住人口766579，`) is a figure in the unit the noun
 * gives: `人次`, `人` for `人数` and `人口`, `场次`, `户` for `户数`, and `元` for an amount of money
 * printed with its scale (`电影票房收入5.47亿，`). Film, health, population and economy reports print
 * such figures. Examples written for the rule.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、基本情况\n${body}`).bulletin.metrics.map(
    (m) => `${m.label}=${m.value}${m.unit}`,
  );

describe("a number after a noun that says what it counts", () => {
  test.each([
    ["全市观影人次716.23万，同比增长12.5%。", "全市观影人次=7162300人次"],
    ["放映场次9.58万，同比增长4.7%。", "放映场次=95800场次"],
    ["参加医保人口7.26亿，参保率为95.1%。", "参加医保人口=726000000人"],
    ["电子社保卡持卡人数达3.89亿，覆盖各类服务。", "电子社保卡持卡人数=389000000人"],
    ["年末常住人口766579，比上年末增加1200人。", "年末常住人口=766579人"],
    ["參觀人次4850.45萬，比上年增長8.7%。", "參觀人次=48504500人次"],
    ["低保户数1.2万，比上年减少。", "低保户数=12000户"],
    ["全市电影票房收入3.47亿，同比增长17%。", "全市电影票房收入=347000000元"],
    ["活动投入资金246万，清运垃圾3600吨。", "活动投入资金=2460000元"],
    ["全县完成生产总值56.7亿，增长8%。", "全县完成生产总值=5670000000元"],
  ])("parseBulletinText: %s reads %s", (body, expected) => {
    expect(figures(body)).toContain(expected);
  });

  test.each([
    // No count: a small integer, a rate with no scale, a year, and a unit printed after the number.
    ["本月受伤人数为0。", /受伤人数/],
    ["万台设备死亡人数为0.08，全年未发生重大事故。", /死亡人数/],
    ["出生人口1604年后逐年下降。", /出生人口/],
    ["一个月内就诊人次12万余，较上月增加。", /就诊人次/],
    ["服务人口12万的街道，设立3个站点。", /服务人口/],
    ["本年收入5000，支出3000。", /收入/],
    ["高校毕业生规模909万，创历史新高。", /规模/],
  ])("parseBulletinText: %s gives no such figure", (body, label) => {
    expect(figures(body).filter((f) => label.test(f))).toEqual([]);
  });

  test("a unit printed after the number is read as printed", () => {
    expect(figures("年末常住人口312.87万人，比上年减少。")).toContain("年末常住人口=3128700人");
  });
});
