import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A page's source printed with a phone template's upright stroke (or a bar) for the colon after one of
 * 来源's sibling labels (`稿件来源 | 种植业管理科`, `信息来源丨…`), alone on its line, names the publisher as
 * `来源 | 某某网` does (`weinan-soil-moisture-2024-19-dafuping`, formerly `held-out-229`). A table's head
 * whose first column is a kind of source (`问题来源 | 上报数 | …`, `诉求来源 |`) names none.
 */

const report = (line: string) =>
  mastheadFacts(
    `全市土壤墒情总体适宜\n\n目前,全市进入小麦播种时期,0-20cm田间含水量为75.3%,墒情总体适宜。\n\n${line}\n\n您需要登录后才可以回帖 登录 | 立即注册 |`,
  ).publisher;

describe("a source label's sibling with a stroke for its colon", () => {
  test.each([
    { line: "稿件来源 | 种植业管理科", publisher: "种植业管理科" },
    { line: "信息来源丨渭南市农业技术推广中心", publisher: "渭南市农业技术推广中心" },
    { line: "来源 | 华龙网", publisher: "华龙网" },
  ])("`$line` names $publisher", ({ line, publisher }) => {
    expect(report(line)).toBe(publisher);
  });

  test.each([
    [
      "a table's head",
      "4月数字化城管案件统计\n\n问题来源 | 上报数 | 受理数 | 立案数 |\n--- | --- | --- | --- |\n监督员 | 1200 | 1180 | 1150 |",
    ],
    ["a head's label with no name", "4月热线诉求统计\n\n诉求来源 |\n12345热线 | 3200件 |"],
  ])("%s names no publisher", (_what, text) => {
    expect(mastheadFacts(text).publisher).toBeUndefined();
  });
});
