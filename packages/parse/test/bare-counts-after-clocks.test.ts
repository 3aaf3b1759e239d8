import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A news page's line under its headline naming the outlet and the page's date and clock time, its
 * reading count closing the line as a bare number, no label (`北方晨报2024-03-22 20:30:47  54`,
 * `某某日报 2021-05-06 09:12 1203`): the outlet's date line, so the headline is the title, the outlet
 * the publisher and the date the page's. Without the clock (`某某日报 2021-05-06 54`) or with words
 * after the number, the line is left as it was. A source label run into its value (`来源网络`, the colon lost)
 * names no outlet. Every text here is written for the test.
 */

const HEADLINE = "去年我省12个机场年旅客吞吐量超百万人次";
const BODY =
  "据省机场集团消息，日前省民航部门发布全省运输机场生产统计数据。数据显示，去年全省运输机场共完成旅客吞吐量3218.6万人次，同比增长8.2%。";
const view = (line: string) =>
  parsedView(`${HEADLINE}\n\n${line}\n\n${BODY}`, ["title", "publisher", "publishedOn"]);

describe("an outlet's clocked date line closed by a bare count", () => {
  test.each([
    ["北方晨报2024-03-22 20:30:47  54", "北方晨报", "2024-03-22"],
    ["某某日报 2021-05-06 09:12 1203", "某某日报", "2021-05-06"],
    ["某某新闻网 2021年5月6日 09:12:33 7", "某某新闻网", "2021-05-06"],
  ])("`%s`", (line, publisher, publishedOn) => {
    expect(view(line)).toEqual({ title: HEADLINE, publisher, publishedOn });
  });

  test("`来源网络…`: a source label run into its value names no publisher, the date is still read", () => {
    const got = view("来源网络2024-03-22 20:30:47 54");
    expect([got.title, got.publishedOn]).toEqual([HEADLINE, "2024-03-22"]);
    expect(got.publisher).not.toBe("来源网络");
  });

  test.each([
    ["no clock before the number", "某某日报 2021-05-06 54"],
    ["words after the number", "某某日报 2021-05-06 09:12 1203家企业"],
  ])("%s: no outlet's date line", (_, line) => {
    expect(view(line).publisher).not.toBe("某某日报");
  });
});
