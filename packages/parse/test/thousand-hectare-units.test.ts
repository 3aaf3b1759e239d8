import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Areas in 千公顷, as statistics bulletins print sown and irrigated land (batch s14g, a district
 * 统计公报: `全年农田有效灌溉面积达1.148千公顷`): the unit is 千公顷 as printed, not a figure in 公顷 with
 * a stray `千`. Hectares alone (`2186公顷`) and hectares in 万 (`1.2万公顷`) stay as they were. Every
 * text here is written for the test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("areas in 千公顷", () => {
  test.each([
    ["全年农田有效灌溉面积达1.148千公顷。", ["1.148千公顷"]],
    ["农作物播种面积32.5千公顷，比上年增长1.2%。", ["32.5千公顷"]],
    ["糧食播種面積18.06千公頃。", ["18.06千公顷"]],
    // Near-misses: hectares alone and in 万 are read as before.
    ["实际机耕面积达2186公顷。", ["2186公顷"]],
    ["造林面积1.2万公顷。", ["12000公顷"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
