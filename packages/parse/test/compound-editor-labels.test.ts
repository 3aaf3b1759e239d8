import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An aggregator's metadata line that glues the source to an editor's label naming how the copy
 * was made (`来源:某某晚报速新闻收集编辑:某某晚报速新闻`, `整理编辑：`, `收集整理：`, `编辑整理：`): the
 * label ends the 来源 value, which is the publisher, without the label's first word. A source's
 * own name holding such a word (`某某信息收集中心`) stays whole. Every text here is written for the
 * test.
 */

const publisherOf = (meta: string) =>
  parseBulletinText(
    `今年上半年全市12345热线受理群众诉求71.6万件\n${meta}\n8月8日，记者从市长公开电话受理中心获悉，上半年全市12345热线共受理群众诉求716535件，同比下降8.32%。`,
  ).bulletin.publication.publisher?.name;

describe("a 来源 value glued to a compound editor's label", () => {
  test.each([
    { meta: "日期: 来源:某某晚报速新闻收集编辑:某某晚报速新闻", source: "某某晚报速新闻" },
    { meta: "来源：某某日报整理编辑：王某", source: "某某日报" },
    { meta: "来源：某某新闻网收集整理：小编 发布时间：2023-08-09", source: "某某新闻网" },
    { meta: "來源：某某日報編輯整理：王某", source: "某某日報" },
  ])("`$meta` names $source", ({ meta, source }) => {
    expect(publisherOf(meta)).toBe(source);
  });

  // Near-misses: the plain editor's label, and a source whose name holds 收集.
  test.each([
    { meta: "来源：某某日报编辑：王某", source: "某某日报" },
    { meta: "来源：某某信息收集中心 编辑：王某", source: "某某信息收集中心" },
  ])("`$meta` still names $source", ({ meta, source }) => {
    expect(publisherOf(meta)).toBe(source);
  });
});
