import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * The price a price moved from (`比上月的5.30元/斤上涨16.98%`, `较上周的30.1元/公斤下跌5.3%`) is a
 * figure the text reports, as the level before `增长`/`下降` already was. Written for the rule
 * (session 24's tuning misses: a county's monthly price report); the cases are invented.
 */

describe("a price before 上涨 or 下跌 after 比 or 较", () => {
  test.each([
    [
      "简单平均零售价格为6.2元/斤，比上月的5.30元/斤上涨16.98%。",
      ["简单平均零售价格=6.2元/斤", "比上月的=5.3元/斤", "上涨=16.98%"],
    ],
    [
      "猪肉均价为28.5元/公斤，较上周的30.1元/公斤下跌5.3%。",
      ["猪肉均价=28.5元/公斤", "较上周的=30.1元/公斤", "下跌=5.3%"],
    ],
    ["豬肉價格比上月的26.4元/斤上漲3.8%。", ["豬肉價格比上月的=26.4元/斤", "上漲=3.8%"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("a price after the words of its rise is read as before", () => {
  test.each([
    ["价格上涨5.30元/斤。", ["价格上涨=5.3元/斤"]],
    // No 比 or 较 in the clause: the price is no level compared with.
    ["鸡蛋价格5.30元/斤上涨3%，市民关注。", ["鸡蛋价格5.30元/斤上涨=3%"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
