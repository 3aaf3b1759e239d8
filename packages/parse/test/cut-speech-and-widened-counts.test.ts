import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * Speech cut short: a quotation holding a clause mark and closed by an ellipsis (`“评分结果为：甲街道
 * 95分、乙街道94分……”`) is read like running text, its figures too, as a quotation holding a sentence
 * is; a quoted name (`“最多跑一次”`) or one closed by an ellipsis alone stays a quote. And a count a
 * widening starts from (`从9个扩展到29个`, `扩大至`, `拓展到`) is the level reported, as `由120项增至365项`
 * is. Every text is written for the test (session 29's s29d, from held-out-106 … -113's news pages).
 */

describe("speech cut short", () => {
  test.each([
    [
      "“本次测评结果为：东城街道96分、西湖街道92分、南山镇90分……”近日，某区公布了测评结果。",
      ["东城街道=96分", "西湖街道=92分", "南山镇=90分"],
    ],
    // (The label keeps the opening mark, as a quotation holding a sentence does.)
    ["“全年受理量达到1.2万件，办结率98%…”局长介绍。", ["“全年受理量=12000件", "办结率=98%"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([["推行“最多跑一次……”改革，企业满意。"], ["开展“3天办结”活动，提升效率。"]])(
    "a quote stays a quote: %s",
    (body) => {
      expect(figures(body)).toEqual([]);
    },
  );
});

describe("a count a widening starts from", () => {
  test.each([
    ["进驻单位从12个扩展到36个，服务更加便捷。", ["进驻单位从=12个", "扩展到=36个"]],
    ["自助终端由5台扩大至18台，覆盖全部镇街。", ["自助终端由=5台", "扩大至=18台"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
