import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * A grade or magnitude read to its decimal (`舒适度指数为2.7级`, `4.5级地震`) and a group's average
 * age (`代表平均年龄27.83岁`) are figures; a whole grade (`3级响应`) is a tier and an age elsewhere
 * bounds a group (`35岁以下`), and both stay text. Written for the rule (session 24's tuning misses:
 * a climate bulletin in traditional characters, a youth congress's report); the cases are invented.
 */

describe("a decimal grade, an average age", () => {
  test.each([
    [
      "拉萨人体舒适度指数为2.7级，紫外线强度3.9级，强。",
      ["拉萨人体舒适度指数=2.7级", "紫外线强度=3.9级"],
    ],
    ["舒適度指數為1.8級，感覺寒冷。", ["舒適度指數=1.8级"]],
    ["当地发生4.5级地震。", ["当地发生=4.5级"]],
    [
      "代表平均年龄27.83岁，其中25岁（含）以下代表153名。",
      ["代表平均年龄=27.83岁", "25岁（含）以下代表=153名"],
    ],
    ["干部平均年齡為45.2歲。", ["干部平均年齡=45.2岁"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("whole grades and bounding ages stay text", () => {
  test.each([
    ["启动3级应急响应。", []],
    ["震级为3.5级以上的地震2次。", ["震级为3.5级以上的地震=2次"]],
    ["年龄35岁以下的有12人。", ["年龄35岁以下的有=12人"]],
    ["平均年龄35岁以下的班子达6个。", ["平均年龄35岁以下的班子=6个"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
