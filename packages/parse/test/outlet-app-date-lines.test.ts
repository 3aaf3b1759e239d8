import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A news app's page line over the headline naming the paper, a middle dot and the app's local
 * edition, then the page's date (`某某日报·ZAKER某州 2023-02-16`, `某某晚报·某某客户端 2023-02-16 10:20`):
 * the outlet is the publisher, the date the issue's, and the headline under it the title.
 * Near-misses: a body's name before the dot (`某市统计局·ZAKER某州 …`), words after the date, keep
 * what the parser read before. Every text here is written for the test.
 */

const HEADLINE = "2022年全省各级红十字会筹集各类人道事业发展款物3.21亿元";
const BODY =
  "\n\n2022 年,全省各级红十字会筹集各类人道事业发展款物 3.21 亿元,其中接受社会捐赠款物 1.83 亿元。\n\n据悉,全省各级红十字会累计投入人道救助款物 8600 余万元。";

const read = (line: string) => mastheadFacts(`${line}\n${HEADLINE}${BODY}`);

describe("a paper, a dot, its app's edition and the date over the headline", () => {
  test.each([
    {
      what: "a Latin app's local edition",
      line: "某州日报·ZAKER某州 2023-02-16",
      name: "某州日报·ZAKER某州",
    },
    {
      what: "an app's name ending in 客户端, a clock",
      line: "某某晚报·某某客户端 2023-02-16 10:20",
      name: "某某晚报·某某客户端",
    },
  ])("mastheadFacts: $what", ({ line, name }) => {
    expect(read(line)).toEqual({ title: HEADLINE, publisher: name, publishedOn: "2023-02-16" });
  });

  test.each([
    { what: "a body's name before the dot", line: "某市统计局·ZAKER某州 2023-02-16" },
    { what: "words after the date", line: "某州日报·ZAKER某州 2023-02-16 全省红十字工作会议召开" },
  ])("mastheadFacts: no outlet: $what", ({ line }) => {
    const got = read(line);
    expect(got.publisher === "某州日报·ZAKER某州" || got.publisher === "某市统计局·ZAKER某州").toBe(
      false,
    );
  });
});
