import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A 统计公报's two issuers printed on lines of their own between its title and its first paragraph
 * (`某县统计局` / `国家统计局某县调查队`, the second letter-spaced perhaps): the first is the
 * publisher, as one issuer's line there is; the second is kept as a masthead line the parser does
 * not place (no heading of the text). A line that is no body's name, or a second line that is a
 * heading, keeps its reading. Every text here is written for the test.
 */

const TITLE = "某县2022年国民经济和社会发展统计公报";
const BODY =
  "2022年，全县经济平稳增长，社会大局和谐稳定。\n一、综合\n全年实现生产总值171.08亿元，比上年增长11.6%。";
const bulletin = (first: string, second: string) =>
  parseBulletinText(`${TITLE}\n${first}\n${second}\n${BODY}`);

describe("two issuers' lines under a 公报's title", () => {
  test.each([
    ["某县统计局", "国家统计局某县调查队"],
    ["某县统计局", "国 家 统 计 局 某 县 调 查 队"],
    ["新疆生产建设兵团第二师某某市统计局", "国家统计局兵团第二师调查队"],
    ["某市统计局", "国家统计局某市调查队"],
  ])("`%s` / `%s`: the first is the publisher", (first, second) => {
    const b = bulletin(first, second).bulletin;
    expect(b.publication.title).toBe(TITLE);
    expect(b.publication.publisher?.name).toBe(first);
    expect(b.sections.map((s) => s.title)).toEqual(["正文", "综合"]);
    expect(JSON.stringify(b.sections)).not.toContain("调查队");
  });

  test("the second issuer is kept as a masthead line the parser warns it does not place", () => {
    const { warnings } = bulletin("某县统计局", "国家统计局某县调查队");
    expect(
      warnings.some(
        (w) =>
          w.code === "unrecognised-masthead-line" && w.message.includes("国家统计局某县调查队"),
      ),
    ).toBe(true);
  });

  // Near-misses: a sentence under one issuer's line, a heading under it.
  test("one issuer's line over a short sentence line is the publisher, the sentence text", () => {
    const b = bulletin("某县统计局", "全县经济平稳增长。").bulletin;
    expect(b.publication.publisher?.name).toBe("某县统计局");
  });

  test("an issuer's line over a part's heading is no pair of issuers", () => {
    const b = bulletin("某县统计局", "经济运行总体情况").bulletin;
    expect(b.publication.publisher?.name).not.toBe("某县统计局");
  });
});
