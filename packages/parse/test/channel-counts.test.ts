import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * Channels counted with 路 (issue 14, formerly held-out-79): hotline and security reports count
 * telephone lines and camera feeds so (`中继线扩容至120路`, `接入视频监控3600路`, `從60路電話線發展到240路`).
 * A count in 路, read where a count in 个 would be. A route's number (`3路公交车`, `5路车`) and words
 * that open with 路 (`路口`, `路段`, `路面`) are none. Examples written for the rule.
 */
describe("channels counted in 路", () => {
  test.each([
    ["甲区接入视频监控3600路。", ["甲区接入视频监控=3600路"]],
    ["乙市热线中继线扩容至120路，坐席增至40个。", ["乙市热线中继线扩容至=120路", "坐席增至=40个"]],
    ["丙县服務熱線已有240路。", ["丙县服務熱線已有=240路"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    ["丁市3路公交车延长运营时间。", []],
    ["戊县整治12路段积水问题。", []],
    ["己镇新增5路车停靠站。", []],
  ])("a route or a word that opens with 路 is no count: %s", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
