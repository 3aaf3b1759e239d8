import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * A measure right before an estimate of what it cost or is worth (`道路护坡受损100米约60万元`,
 * `房屋进水40间约15万元`, `资助学生1473人约339万元`): damage, aid and works reports print a quantity and
 * its sum back to back, `约` between. The quantity is reported as well as the sum (a count of people
 * already was). Not a figure before `约` and words (`1.2万元约占总额的一成`), nor a rank or year. Every
 * sentence is invented.
 */
describe("a measure before an estimate of its sum", () => {
  test.each([
    ["甲镇道路护坡受损100米约60万元。", ["甲镇道路护坡受损=100米", "600000元"]],
    ["农作物成灾面积28.3公顷约97.2万元；", ["农作物成灾面积=28.3公顷", "972000元"]],
    [
      "乙村房屋进水40间约15万元，道路塌方500立方米约10万元。",
      ["乙村房屋进水=40间", "150000元", "道路塌方=500立方米", "100000元"],
    ],
    ["丙县水渠冲毁2.5公里約20萬元。", ["丙县水渠冲毁=2.5公里", "200000元"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body).map((f) => (f.endsWith("元") ? f.replace(/^.*=/, "") : f))).toEqual(
      expected,
    );
  });

  test.each([
    // 约 before words, no sum: read as before.
    ["丁区投入1.2万元约占总额的一成。", ["丁区投入=12000元"]],
    // A year or an ordinal before 约: no figure.
    ["2023年约有一半项目完工。", []],
    ["第3批约200家企业完成申报。", ["第3批=200家"]],
  ])("a figure before 约 and no estimate reads as before: %s", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
