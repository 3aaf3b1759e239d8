import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * Lengths in linear metres (`延米`), as works, drainage and urban-management reports measure walls,
 * ditches and pipes (`铺设排水管网1260延米`, `清淤300余延米`): a figure in 延米, not a count of 米
 * with a word before it. Metres and other lengths stay as they were. Every text here is written for
 * the test.
 */
describe("lengths in linear metres", () => {
  test.each([
    ["甲街道铺设排水管网1260延米。", ["甲街道铺设排水管网=1260延米"]],
    ["乙社区清理边沟300余延米。", ["乙社区清理边沟=300延米"]],
    ["新建防护围栏2.6万延米。", ["新建防护围栏=26000延米"]],
    // Near-misses: metres and kilometres as before.
    ["新建防护围栏860米。", ["新建防护围栏=860米"]],
    ["新修道路12.5公里。", ["新修道路=12.5公里"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
