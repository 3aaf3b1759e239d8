import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A reposted item's line naming the outlet it came from with `源自` (`源自:某某新闻`, `源自：某某日报`),
 * as `转自`/`来源于` lines do: the page's, its outlet the publisher, including an outlet whose name
 * ends in `新闻` (`红星新闻`-like apps). A sentence that says where something comes from
 * (`资金源自某某基金。`) stays the text's. Written for the rule (batch s17b's forum copy of a news
 * item credited `源自:` an outlet); the cases are invented.
 */

const HEADLINE = "一季度全省公路货运量同比增长5%";
const LEDE = "一季度全省完成公路货运量18.7亿吨，同比增长5%，港口吞吐量3.2亿吨。";

describe("a `源自` credit line under a headline", () => {
  test.each([
    ["源自:某某新闻", "某某新闻"],
    ["源自：某某日报", "某某日报"],
    ["本文源自某某网", "某某网"],
  ])("`%s` gives the publisher %s", (line, publisher) => {
    const { bulletin } = parseBulletinText(`${HEADLINE}\n${line}\n${LEDE}`);
    expect(bulletin.publication.title).toBe(HEADLINE);
    expect(bulletin.publication.publisher?.name).toBe(publisher);
    expect(JSON.stringify(bulletin.sections)).not.toContain("源自");
  });

  test.each(["源自:本地新闻", "2024-01-10 图片新闻"])(
    "`%s`: a column's name ending in 新闻 is no outlet",
    (line) => {
      const { bulletin } = parseBulletinText(`${HEADLINE}\n${line}\n${LEDE}`);
      expect(bulletin.publication.publisher?.name ?? "").not.toMatch(/新闻$/);
    },
  );

  test.each([
    "本项目资金源自某某发展基金，共计1200万元。",
    "源自群众的诉求共计3200件，同比增长12%。",
  ])("`%s` stays the text's", (line) => {
    const { bulletin } = parseBulletinText(`${HEADLINE}\n${LEDE}\n${line}`);
    expect(JSON.stringify(bulletin.sections)).toContain("源自");
  });
});
