import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's metadata line that prints a link to the original page after the source, under a
 * label of its own (`來源:某局 原文:`, `来源：某某日报 原文链接：http://…`), its value perhaps left
 * empty: the label and its link are no part of the source's name. A name that holds `原文` without a
 * colon keeps it. Written for the rule (formerly held-out-28's 市场监管总局 公告 in traditional
 * characters, `來(lái)源:國(guó)家市場(chǎng)監(jiān)督管理總局 原文:`); every text here is invented.
 */

const publisherOf = (meta: string): string | undefined =>
  parseBulletinText(
    `某局关于2023年产品质量监督抽查情况的公告\n\n${meta}\n\n2023年，某局对143种产品组织开展监督抽查，发现312批次产品不合格，抽查不合格率为12.3%。`,
  ).bulletin.publication.publisher?.name;

describe("a link to the original page after the source", () => {
  test.each([
    [
      "an empty 原文 label",
      "时间:2024-04-07 09:23 来源:某省市场监督管理局 原文:",
      "某省市场监督管理局",
    ],
    [
      "traditional characters",
      "放大字體  縮小字體 時間:2024-04-07 09:23 來源:某省市場監督管理總局 原文:",
      "某省市場監督管理總局",
    ],
    [
      "a converter's readings kept",
      "時(shí)間:2024-04-07 09:23 來(lái)源:某省市場(chǎng)監(jiān)督管理局 原文:",
      "某省市場監督管理局",
    ],
    ["a full-width colon, no space", "来源：某市统计局原文：", "某市统计局"],
    [
      "a 原文链接 with its address",
      "来源：某某日报 原文链接：http://www.example.com/a.html 发布时间：2024-04-07",
      "某某日报",
    ],
    ["a 原文地址 left empty", "发布时间：2024-04-07 来源：某某网 原文地址：", "某某网"],
  ])("%s: the source alone is the publisher", (_, meta, name) => {
    expect(publisherOf(meta)).toBe(name);
  });

  test.each([
    [
      "a name holding 原文 without a colon",
      "来源：某某原文书社 发布时间：2024-04-07",
      "某某原文书社",
    ],
    [
      "a source without the label",
      "时间:2024-04-07 09:23 来源:某省市场监督管理局",
      "某省市场监督管理局",
    ],
  ])("%s keeps its name", (_, meta, name) => {
    expect(publisherOf(meta)).toBe(name);
  });
});
