import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A photo's short caption that lost its credit over a report's dateline (`活动现场。` /
 * `某某网3月3日消息(记者王某)…`): a caption of a few words names no other report, so the
 * dateline's outlet is the source. Near-misses: a longer sentence over the dateline (the end of
 * another report, or a caption that says more) keeps what the parser read before. Every text here
 * is written for the test.
 */

const publisherOf = (over: string): string | undefined =>
  parseBulletinText(
    `${over}\n某某网3月3日消息(记者王某 实习生李某)一笔笔善款,传递着城市温度。3月3日,某市慈善总会理事会会议召开,会议总结2015年工作。\n据介绍,该会2015年共募集善款1200万元,救助困难群众3000余人次。`,
  ).bulletin.publication.publisher?.name;

describe("a report's dateline under a short caption", () => {
  test.each([
    ["a scene's caption", "会议现场。"],
    ["a caption of a few more words", "理事会会议现场。"],
  ])("(%s): the dateline's outlet is the source", (_, over) => {
    expect(publisherOf(over)).toBe("某某网");
  });

  test.each([["the end of another report", "全年共救助困难群众3000余人次,发放救助金1200万元。"]])(
    "(%s): not read past",
    (_, over) => {
      expect(publisherOf(over)).toBeUndefined();
    },
  );
});
