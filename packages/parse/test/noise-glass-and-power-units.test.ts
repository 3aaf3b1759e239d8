import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Units three kinds of report print right after a number: A-weighted sound levels in noise
 * monitoring (`昼间等效声级54.2dB(A)`, `dB` alone), flat glass in weight cases as industry output
 * releases count it (`平板玻璃产量431.16万重量箱`), and energy as plant reports write the kilowatt-hour
 * in capitals (`发电量654.0万KWH`, kept as printed, as `kWh` is). Every text here is written for the test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map(
    (m) => `${m.label}=${m.value}${m.unit}`,
  );

describe("noise, flat glass and kilowatt-hour units", () => {
  test.each([
    [
      "体育中心昼间等效声级57.3dB(A)、夜间等效声级46.1dB(A)，均达标。",
      ["体育中心昼间等效声级=57.3dB(A)", "夜间等效声级=46.1dB(A)"],
    ],
    [
      "全市区域环境噪声昼间平均等效声级为53.8dB(A)。",
      ["全市区域环境噪声昼间平均等效声级=53.8dB(A)"],
    ],
    ["道路交通噪声平均值为66.2dB。", ["道路交通噪声平均值=66.2dB"]],
    ["全市平板玻璃产量2360.5万重量箱，同比增长4.1%。", ["全市平板玻璃产量=23605000重量箱"]],
    [
      "本月焚烧厂发电量812.6万KWH，上网电量655.2万KWH。",
      ["焚烧厂发电量=8126000KWH", "上网电量=6552000KWH"],
    ],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  // Near-misses: a Latin word or a digit running on after the letters is no unit, and the short
  // forms already read stay as they were.
  test.each([
    ["信号强度为-65dBm，覆盖良好。", []],
    ["本月发电量812.6万kWh。", ["发电量=8126000kWh"]],
    ["区域噪声平均值为54.6分贝。", ["区域噪声平均值=54.6分贝"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
