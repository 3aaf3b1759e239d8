import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page that opens on a quoted slogan broken over lines (`“民有所呼，我有所应` / `——12345在您身边。”`),
 * as a WeChat-style item prints it over its short lines: the first line opens a quotation it does
 * not close, so it is no headline and the text has no title. A headline that opens with a quotation
 * it closes (`“一网通办”再提速…`) stays the title. Every text here is written for the test.
 */

const BODY =
  "\n在某区，12345政务服务便民热线\n已不仅仅是群众反映诉求的“传声筒”\n今年2月28日，某区召开专题会议，明确12345热线由区政数局负责管理。\n2025年，某区受理热线诉求33267件，受理率100%，回访满意率99.98%。";

describe("a quoted slogan opening the page", () => {
  test.each([
    ["a saying and its dash", "“民有所呼，我有所应\n——12345在您身边。”"],
    ["corner brackets", "「民有所呼，我有所应\n——12345在您身边。」"],
    ["a slogan over three lines", "“接诉即办\n未诉先办\n主动治理”"],
  ])("%s: no title", (_, slogan) => {
    expect(parseBulletinText(`${slogan}${BODY}`).bulletin.publication.title).toBeUndefined();
  });

  test("a headline opening with a quotation it closes stays the title", () => {
    const headline = "“一网通办”再提速 某区热线服务更加便民";
    expect(parseBulletinText(`${headline}${BODY}`).bulletin.publication.title).toBe(
      "“一网通办”再提速某区热线服务更加便民",
    );
  });
});
