import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A 来源 value in a copy converted to traditional characters that lost a character and the
 * opening bracket of its pinyin reading (`來(lái)源:大同日?qǐng)?bào) 編輯:某某`, batch s16b's
 * misses): the bracket that closes the reading is the name's as printed, not a bracketed field's
 * end. Every text here is written for the test.
 */

const publisher = (line: string): string | undefined =>
  parseBulletinText(
    `2021年某市食品抽檢合格率達97.91%\n${line}\n2月27日,全市食品抽檢合格率為97.91%。`,
  ).bulletin.publication.publisher?.name;

describe("a source whose lost character's reading closes it", () => {
  test.each([
    [
      "two lost readings, an editor after it",
      "2022-02-28 17:42來(lái)源:某同日?qǐng)?bào) 編輯:某某",
      "某同日？qǐng)?bào）",
    ],
    [
      "one lost reading, at the line's end",
      "2022-02-28 17:42來(lái)源:某某日?bào)",
      "某某日？bào)",
    ],
  ])("%s: the name as printed, its bracket kept", (_, line, name) => {
    expect(publisher(line)).toBe(name);
  });
});

describe("near misses: a bracket that closes a field", () => {
  test.each([
    ["a bracketed source", "2022-02-28 17:42（来源:某市统计局）", "某市统计局"],
    ["a close bracket after a name", "2022-02-28 17:42 来源:某市统计局)", "某市统计局"],
    ["Latin letters with no tone", "2022-02-28 17:42 来源:某市统计局?abc)", undefined],
  ])("%s", (_, line, name) => {
    const got = publisher(line);
    if (name === undefined) expect(got).not.toMatch(/[）)]$/);
    else expect(got).toBe(name);
  });
});
