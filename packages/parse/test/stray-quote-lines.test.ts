import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A stray quotation mark (`'`, `"`, `‘`, `’`) or a character a copy lost (`?`, `？`) alone on the
 * first line, over the headline: no heading, and the headline under it is the title, as under a
 * stray full stop (`stray-mark-lines.test.ts`). A line with words after the mark stays. Written for
 * the rule (formerly held-out-28's 聊城 供暖 copy opened by a lone `'`); every text here is invented.
 */

const HEADLINE = "供暖首日某市12345热线接听供暖来电3075个";
const BODY =
  "2018-11-16 10:56:00 来源: 某某网某市频道\n\n  某某网11月16日讯(记者 李某)2018年11月15日当天，受理中心共接听市民来电5588个，其中反映供暖类问题来电3075个。";

describe("a stray mark alone over the headline", () => {
  test.each(["'", '"', "‘", "’", "?", "？", " ' "])(
    "`%s` / headline: the headline is the title",
    (mark) => {
      const { bulletin } = parseBulletinText(`${mark}\n\n${HEADLINE}\n\n${BODY}`);
      expect(bulletin.publication.title).toBe(HEADLINE);
      expect(bulletin.sections.map((s) => s.title)).not.toContain(mark.trim());
    },
  );

  test.each(["?某市今年供暖提前三天开始。", "'某市今年供暖提前三天开始。"])(
    "`%s` (a mark before words) stays the text's",
    (line) => {
      const { bulletin } = parseBulletinText(`${line}\n\n${BODY}`);
      expect(JSON.stringify(bulletin.sections)).toContain("某市今年供暖提前三天开始");
    },
  );
});
