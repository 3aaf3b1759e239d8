import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy whose source field is run on to its last paragraph after the last sentence, without
 * brackets (`…降低事故发生率。 来源：某某日报`), as a flattened page prints it: the outlet (or office) it
 * names is the publisher. A source named inside a sentence, one that follows no sentence's end, or
 * one that names neither an outlet nor an office names none. Every text here is written for the test.
 */

const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;
const TEXT =
  "上周我市城区道路交通总体平稳有序,日均车流量132万辆。各县区交警大队重点开展查处酒驾、超员等专项整治行动,共查处酒驾违法52起,其中醉酒4起。本周交警部门将继续开展专项整治行动,预防较大交通事故的发生。";

describe("a source field run on to the last paragraph", () => {
  test.each([
    ["a paper, after a space", " 来源:某城日报", "某城日报"],
    ["a paper, no space", "来源:某城晚报", "某城晚报"],
    ["an office", " 稿源:某县公安局交通警察大队", "某县公安局交通警察大队"],
    ["a 信息来源 field", " 信息来源:某城新闻网", "某城新闻网"],
  ])("(%s) names the publisher", (_, source, name) => {
    expect(publisherOf(`${TEXT}${source}`)).toBe(name);
  });

  test.each([
    ["a source inside a sentence", "本文数据来源:某城日报的调查。"],
    ["a source that names no outlet or office", " 来源:网络综合整理"],
    ["no sentence before it", "来源:某城日报"],
  ])("a field of another shape (%s) names none", (_, source) => {
    const text = source === "来源:某城日报" ? `${TEXT.slice(0, -1)}${source}` : `${TEXT}${source}`;
    expect(publisherOf(text)).toBeUndefined();
  });
});
