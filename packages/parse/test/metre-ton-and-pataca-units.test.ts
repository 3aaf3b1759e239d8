import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Measures as pages of Taiwan and Macao print them: metric tons (`公噸`), metres and square metres
 * (`公尺`, `平方公尺`), and patacas (`澳門元`); and kilometres as a converter to traditional characters
 * prints them, 里 turned 裏 (`礦區面積117.24平方公裏`, read as 平方公里). The model keeps 公吨, 公尺,
 * 平方公尺 and 澳门元 as units of their own. Units they must not swallow stay as they were (公里, 公斤,
 * 平方公里, 港元, 元). Every text here is written for the test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("metric tons, metres and patacas", () => {
  test.each([
    ["全年資源回收量達3萬2,118公噸。", ["32118公吨"]],
    ["廚餘回收量1,204.5公吨。", ["1204.5公吨"]],
    ["平均每人公園綠地面積7.16平方公尺。", ["7.16平方公尺"]],
    ["新建自行車道長4,350公尺。", ["4350公尺"]],
    ["每月工作收入之中位數為16,800澳門元。", ["16800澳门元"]],
    ["礦區面積86.5平方公裏。", ["86.5平方公里"]],
    ["新修道路12.6公裏。", ["12.6公里"]],
    // Near-misses: the units beside them stay as they were.
    ["新修道路12.6公里。", ["12.6公里"]],
    ["收购蔬菜350公斤。", ["350公斤"]],
    ["治理面积86.5平方公里。", ["86.5平方公里"]],
    ["收入中位數為16,800港元。", ["16800港元"]],
    ["發放補助3,200元。", ["3200元"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
