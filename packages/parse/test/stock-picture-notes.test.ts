import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { webLineKind } from "../src/internal/web-page";

/**
 * A news copy's note of a stock picture alone on its line, in brackets (`（相关资料图）`, `(相關資料圖)`
 * in a converted copy, `（资料图片）`): the page's, no headline, so a copy that prints no headline
 * gets no title from it. A bracketed line that goes on to say something stays the text's. Every
 * text here is written for the test.
 */

const copy = (first: string) =>
  `${first}\n“您好，这个地方是不能停放电动车的。”近日，某街道全体巡查网格员充分发挥网格作用，以实际行动守护一方。\n某街道网格中心今年以来受理各类案件共18083件，其中上报案件9031件。`;

describe("a stock picture's note", () => {
  test.each(["（相关资料图）", "(相關資料圖)", "（资料图）", "(资料图片)"])(
    "parseBulletinText: `%s` is the page's, no title",
    (note) => {
      expect(webLineKind(note)).toBe("furniture");
      expect(parseBulletinText(copy(note)).bulletin.publication.title).toBeUndefined();
    },
  );

  test.each(["（相关资料图显示，全市共有网格员1200名）", "相关资料图"])(
    "`%s` is no stock picture's note",
    (line) => {
      expect(webLineKind(line)).toBeUndefined();
    },
  );
});
