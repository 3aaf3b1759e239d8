import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A stray mark a copy left alone on its first line (`.`, `。`, `·`: a list's bullet or a sentence's
 * full stop with nothing around it) over the headline: no heading, and the headline under it is
 * the title. Every text here is written for the test.
 */

const HEADLINE = "今年3月全省城市环境空气质量良好";
const BODY =
  "4月24日，记者从省生态环境厅获悉，今年3月，全省城市环境空气质量良好，平均优良天数比例66.9%。\n\n今年1-3月，平均优良天数比例63.0%，同比下降2.6个百分点。";

describe("a stray mark alone over the headline", () => {
  test.each([["."], ["。"], [" . "], ["．"], ["-"], ["·"]])(
    "`%s` / headline: the headline is the title",
    (mark) => {
      const { bulletin } = parseBulletinText(`${mark}\n\n${HEADLINE}\n\n${BODY}`);
      expect(bulletin.publication.title).toBe(HEADLINE);
      expect(bulletin.sections.map((s) => s.title)).not.toContain(mark.trim());
    },
  );

  // Near-misses: a mark with words (`…`, an ellipsis standing for cut text; `1.` a list number)
  // is no stray mark.
  test.each([["1."], ["……"]])("`%s` over the headline stays a line of the text", (line) => {
    const { bulletin } = parseBulletinText(`${line}\n\n${HEADLINE}\n\n${BODY}`);
    expect(bulletin.sections[0]?.title).toBe(line);
  });
});
