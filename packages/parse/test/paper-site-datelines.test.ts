import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news dateline naming a paper's web site (`中国日报网讯`, `某某情报网讯：`, `某某日報網訊`): the site,
 * `网` and all, is the outlet, not the paper with `网` left as a place. A paper's dateline with its
 * place after it (`某某日报滨州讯`, `某某日报网络版`) keeps the paper. Every text here is written for
 * the test.
 */

const publisherOf = (dateline: string) =>
  parseBulletinText(
    `${dateline}2020年1-5月某省共接待游客1569.99万人，比上年同期下降53.2%。\n其中入境游客10.55万人，同比下降81.1%。`,
  ).bulletin.publication.publisher?.name;

describe("a dateline naming a paper's web site", () => {
  test.each([
    ["中国日报网讯：", "中国日报网"],
    ["某商情报网讯:", "某商情报网"],
    ["某某日報網訊：", "某某日報網"],
    ["某某晚报网讯（记者 王某）", "某某晚报网"],
  ])("parseBulletinText: `%s` names %s", (dateline, outlet) => {
    expect(publisherOf(dateline)).toBe(outlet);
  });

  test.each([
    ["某某日报滨州讯：", "某某日报"],
    ["某某日报讯（记者 王某）", "某某日报"],
    ["某某新闻网讯：", "某某新闻网"],
    ["某某日报网络版讯：", "某某日报"],
  ])("parseBulletinText: `%s` names %s as before", (dateline, outlet) => {
    expect(publisherOf(dateline)).toBe(outlet);
  });
});
