import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copy cut mid-sentence right under a heading (`烘烤不慎引发火灾有所上升` / `进入冬季，居民取暖和烘烤腊肉
 * 不慎引发火灾`, the page's text ending there): the cut line, a clause with its comma, is running
 * text, so the heading over it is still a heading, not the first line of a heading broken over two.
 * A last line with no clause in it, or a clause inside the text, is read as before. Every text here is
 * written for the test.
 */

const titlesOf = (last: string) =>
  parseBulletinText(
    [
      "某市十一月警情与火灾形势分析",
      "",
      "11月份，全市共接警出动145起，出动车辆232台次。",
      "",
      "居住场所火灾占比最大",
      "",
      "本月共接报居住场所火灾66起，环比上升24.2%，占火灾总数的72.5%。",
      "",
      "电气类火灾仍然高位运行",
      "",
      "本月电气原因引发的火灾41起，占比45%。",
      "",
      "烘烤不慎引发火灾有所上升",
      "",
      last,
    ].join("\n"),
  ).bulletin.sections.flatMap((s) => [s.title, ...s.items.map((i) => i.title)]);

describe("a heading over the text's last line, cut mid-sentence", () => {
  test.each([
    ["a clause with its comma", "进入冬季，居民取暖和烘烤腊肉不慎引发火灾"],
    ["an ASCII comma", "进入冬季,居民取暖和烘烤腊肉不慎引发火灾"],
    ["two clauses", "进入冬季，居民取暖增多，烘烤腊肉不慎引发火灾"],
  ])("%s: the heading stays a heading", (_, last) => {
    expect(titlesOf(last)).toContain("烘烤不慎引发火灾有所上升");
  });

  test("a last line of a sentence reads as before", () => {
    expect(titlesOf("进入冬季，居民取暖和烘烤腊肉不慎引发火灾。")).toContain(
      "烘烤不慎引发火灾有所上升",
    );
  });

  test("a last line without a clause is no running text", () => {
    expect(titlesOf("居民取暖和烘烤腊肉")).not.toContain("烘烤不慎引发火灾有所上升");
  });
});
