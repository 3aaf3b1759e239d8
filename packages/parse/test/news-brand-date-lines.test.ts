import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A news brand's credit with the page's date under the headline, a middle dot or a space between
 * (`某视新闻·2025-08-11 16:46`, `某湃新闻 2023-02-16`): the brand (two to six Han characters and 新闻)
 * is the publisher and the date the page's, as for an outlet whose name ends in 网 or 报. A column's
 * name (`图片新闻`, `要闻`, `综合新闻`) before a date names none. Every text here is written for the
 * test.
 */

const HEAD = "单日验放出入境人员13928人次 某口岸刷新历史纪录";
const LEDE = "截至8月10日,某口岸累计验放出入境人员173.1万人次,较去年同期增长15.8%,创历史最高纪录。";
const facts = (line: string) => mastheadFacts(`${HEAD}\n${line}\n${LEDE}`);

describe("a news brand and the page's date under the headline", () => {
  test.each([
    ["a middle dot and the time", "某视新闻·2025-08-11 16:46", "某视新闻"],
    ["a space", "某湃新闻 2025-08-11", "某湃新闻"],
    ["traditional", "某某新聞·2025-08-11 16:46", "某某新聞"],
  ])("%s: the brand and the date", (_, line, brand) => {
    expect(facts(line)).toEqual({
      title: HEAD.replace(" ", ""),
      publisher: brand,
      publishedOn: "2025-08-11",
    });
  });

  test.each([["图片新闻·2025-08-11 16:46"], ["综合新闻 2025-08-11"]])(
    "a column's name names no publisher: %s",
    (line) => {
      expect(facts(line).publisher).toBeUndefined();
    },
  );
});
