import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * A count of parts right after the count of the whole they belong to and `的` (issue 14, formerly
 * held-out-20): `全省11个设区市的42个县级饮用水源地水质达标率为100%`, `8个区的35个街道开展了评议`. The
 * part's count is what the clause reports on, as the count after `对26个省…的` is. Examples written
 * for the rule.
 */
describe("a part's count after its whole's", () => {
  test.each([
    [
      "全省11个设区市的42个县级饮用水源地水质达标率为100%。",
      ["全省=11个", "设区市的=42个", "县级饮用水源地水质达标率=100%"],
    ],
    ["乙市8个区的35个街道开展了评议。", ["乙市8个区的=35个"]],
    ["丙省16個地市的120個縣區完成了驗收。", ["丙省16個地市的=120个"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // A noun after 的 with no count of its own stays text.
    ["甲县来自12个乡镇的企业参加。", []],
    // A whole's noun parted by a mark before 的 is no short noun: its count alone, as before.
    ["丁县12个乡镇、街道的企业代表参加。", []],
  ])("a count that is no part of a counted whole is read as before: %s", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
