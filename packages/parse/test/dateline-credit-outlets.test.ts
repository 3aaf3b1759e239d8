import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report's dateline that names no outlet before 讯/消息/电 but credits its reporter in
 * brackets with the outlet's name (`某地7月18日消息（某某网记者 王某）`): the outlet is the report's
 * source. A credit of `本报`/`本网`, of people alone, or of a correspondent names none. Every text
 * here is written for the test.
 */

const publisherOf = (first: string): string | undefined =>
  parseBulletinText(`上半年某市经济稳中有进\n\n${first}\n\n全市上下齐心协力,各项指标稳步增长。`)
    .bulletin.publication.publisher?.name;

describe("a dateline crediting its reporter's outlet", () => {
  test.each([
    [
      "a place, a day and 消息",
      "海口7月18日消息(南海网记者刘某)7月18日,某省召开经济运行情况新闻发布会,上半年全省生产总值增长3.1%。",
      "南海网",
    ],
    [
      "a place and 讯, full-width brackets",
      "某县讯（某州日报记者 王某 李某）今年以来,某县规上工业增加值增长8.2%。",
      "某州日报",
    ],
    [
      "a place, a day and 电",
      "某地3月5日电（某某新闻记者 张某）某地一季度实现生产总值120亿元,同比增长5.2%。",
      "某某新闻",
    ],
  ])("%s: the outlet in the brackets", (_, first, outlet) => {
    expect(publisherOf(first)).toBe(outlet);
  });

  test.each([
    [
      "本报's reporter",
      "海口7月18日消息(本报记者刘某)7月18日,某省召开经济运行情况新闻发布会,上半年全省生产总值增长3.1%。",
    ],
    [
      "a reporter without an outlet",
      "海口7月18日消息(记者 刘某)7月18日,某省召开经济运行情况新闻发布会,上半年全省生产总值增长3.1%。",
    ],
    ["a correspondent of an office", "某县讯（通讯员 王某）今年以来,某县规上工业增加值增长8.2%。"],
    ["no dateline before the brackets", "上半年全省生产总值增长3.1%(南海网记者刘某)。"],
  ])("%s: no outlet", (_, first) => {
    expect(publisherOf(first)).toBeUndefined();
  });
});
