import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copied report whose only head is its `原标题:` line, an aggregator's attribution run on after
 * the title (batch s16c's misses: `原标题:…;本文自源中国新闻网,责任编辑:某某的报道:`). The
 * attribution is no part of the title. Every text here is written for the test.
 */

const BODY =
  "某某社北京11月15日电 (记者 某某)国家统计局15日公布,10月,规模以上工业增加值同比增长5.0%。";
const titleOf = (line: string): string | undefined =>
  parseBulletinText(`${line}\n${BODY}`).bulletin.publication.title;

describe("an aggregator's attribution after a 原标题", () => {
  test.each([
    [
      "本文自源 and an editor",
      "原标题:10月工业增加值增长5.0% 保持恢复态势;本文自源某某新闻网,责任编辑:某某的报道:",
    ],
    ["本文来自, full-width marks", "原标题：10月工业增加值增长5.0% 保持恢复态势；本文来自某某网"],
    ["本文转自 after a comma", "原标题:10月工业增加值增长5.0% 保持恢复态势,本文转自某某日报"],
  ])("%s: the title without it", (_, line) => {
    expect(titleOf(line)?.replaceAll(" ", "")).toBe("10月工业增加值增长5.0%保持恢复态势");
  });
});

describe("near misses: a 原标题 with no attribution", () => {
  test.each([
    [
      "a title with a comma",
      "原标题:工业生产稳中有进,10月增加值增长5.0%",
      "工业生产稳中有进，10月增加值增长5.0%",
    ],
    [
      "本文 not followed by a verb of origin",
      "原标题:本文所述工业增加值增长5.0%",
      "本文所述工业增加值增长5.0%",
    ],
  ])("%s: the whole value", (_, line, title) => {
    expect(titleOf(line)?.replaceAll(" ", "")).toBe(title);
  });
});
