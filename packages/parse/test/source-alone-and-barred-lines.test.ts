import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * Places a page names its source that the reader passed by: a news copy's dateline under the page's
 * labelled summary of the report (`内容提要：…。` / `某某网讯：…`); a source after a bar at the report's
 * foot (`来源 | 某某网`). Every text here is written for the test (session 28's s28b, from held-out-98 …
 * -105's pages).
 */

const facts = mastheadFacts;

describe("a dateline under the page's labelled summary", () => {
  const page = (summary: string, lede: string) =>
    facts(
      `今夏某城降雨量较常年偏少一成\n\n时间:2020-09-14 19:35\n${summary}\n\n${summary}\n\n${lede}\n\n从总体降水情况看,今年夏季全市平均降雨量321.9毫米,较常年偏少12.5%。`,
    );

  test.each([
    {
      what: "内容提要",
      summary: "内容提要:今年主汛期已过去,这个夏季某城下了多少雨?市气象局日前公布相关数据。",
      lede: "某某北方网讯:今年主汛期已过去,这个夏季某城下了多少雨?市气象局日前公布相关数据。",
      publisher: "某某北方网",
    },
    {
      what: "摘要",
      summary: "摘要:今年夏季某城降雨偏少,市气象局日前公布相关数据。",
      lede: "某某日报讯(记者 王某)今年夏季某城降雨偏少,市气象局日前公布相关数据。",
      publisher: "某某日报",
    },
  ])("$what", ({ summary, lede, publisher }) => {
    expect(page(summary, lede).publisher).toBe(publisher);
  });

  test("a paragraph of sentences over the dateline is no summary", () => {
    expect(
      page(
        "今年主汛期已过去,这个夏季某城下了多少雨?市气象局日前公布相关数据。",
        "某某北方网讯:今年主汛期已过去,这个夏季某城下了多少雨?市气象局日前公布相关数据。",
      ).publisher,
    ).toBeUndefined();
  });
});

describe("a source after a bar, alone on its line at the report's foot", () => {
  const page = (line: string) =>
    facts(
      `春节期间某市发送旅客748万人次\n\n春节假期8天,全市发送旅客748.32万人次,较2023年同期上升41.2%。\n\n公交方面:运送旅客1721万人次,较2023年同期上升36.7%。\n\n${line}\n\n声明:推送稿件文字及图片均来自网络,版权归原作者所有。如认为内容侵权,请联系我们删除。`,
    ).publisher;

  test.each([
    { what: "an ASCII bar", line: "来源 | 某某网", publisher: "某某网" },
    { what: "a full-width bar", line: "来源｜某某日报", publisher: "某某日报" },
  ])("$what", ({ line, publisher }) => {
    expect(page(line)).toBe(publisher);
  });

  test("a table's row of three cells is no source", () => {
    expect(page("来源 | 件数 | 占比")).toBeUndefined();
  });
});
