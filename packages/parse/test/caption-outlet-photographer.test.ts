import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A photo's caption whose credit names the photographer's outlet before the name, no role between
 * (`会议现场。某某网 王某摄`), over the report's dateline (`某某网南城7月21日电（王某）…`): the caption is read
 * past as one crediting a reporter (`…。记者 王某摄`) is, and the dateline's outlet is the publisher. A
 * caption closing on no photographer's credit (`…现场。东海网`) is not read past. Every text here is
 * written for the test.
 */

const HEADLINE = "今年上半年南城经济运行延续恢复向好态势";
const DATELINE =
  "东海网南城7月21日电 (王某、实习生李某)7月20日下午,南城市政府新闻办公室举行2021年上半年经济运行情况新闻发布会。";
const REST = "一是经济持续恢复增长。上半年全市生产总值同比增长12.0%,两年平均增长6.3%。";
const publisherOf = (caption: string) =>
  parseBulletinText([HEADLINE, caption, DATELINE, REST].join("\n")).bulletin.publication.publisher
    ?.name;

describe("a caption crediting its photographer's outlet over the dateline", () => {
  test.each([
    ["新闻发布会现场。东海网 王某某摄", "东海网"],
    ["新闻发布会现场。东海网王某摄", "东海网"],
    ["新闻发布会现场。南城日报 李某某 摄", "东海网"],
  ])("parseBulletinText: under `%s` the dateline names %s", (caption, publisher) => {
    expect(publisherOf(caption)).toBe(publisher);
  });

  test("a caption closing on an outlet's name alone is not read past", () => {
    expect(publisherOf("新闻发布会现场。东海网")).toBeUndefined();
  });
});
