import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A news copy that opens with the placeholder of its stock picture in brackets, on a line of its
 * own over the headline (`【資料圖】`, `[资料图]`, `【资料图片】`): page furniture, dropped, so the headline
 * under it is the title (and the placeholder no heading). A line that goes on after the word, or a
 * bracketed heading of other words, stays. Written for the rule (formerly held-out-27's 河北 county
 * economy copy in traditional characters); every text here is invented.
 */

const HEADLINE = "上半年我省县域经济实现较快增长";
const BODY =
  "从某省统计局获悉，今年上半年全省县域经济实现较快增长。全省118个县（市）实现生产总值11268.4亿元，同比增长6.3%。";

const read = (first: string) => parsedView(`${first}\n${HEADLINE}\n${BODY}`, ["title", "text"]);

describe("a stock picture's placeholder over the headline", () => {
  test.each(["【資料圖】", "【资料图】", "[资料图]", "【资料图片】", "[資料圖片]"])(
    "`%s` is dropped: the headline is the title",
    (placeholder) => {
      const r = read(placeholder);
      expect(r.title).toBe(HEADLINE);
      expect(r.text).not.toMatch(/[资資]料[图圖]/);
    },
  );

  test.each(["【资料图】某某摄", "【资料汇编】"])("`%s` stays a line of the text", (line) => {
    expect(read(line).text).toContain(line.slice(1, 4));
  });
});
