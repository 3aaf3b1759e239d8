import { readdirSync, readFileSync } from "node:fs";
import { type ParseBulletinTextOptions, parseBulletinText } from "@bulletin/parse";
import { validateBulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";

/**
 * Bulletins written for the tests, varied the way real ones vary; each `name.txt` has the model
 * it must give in `name.json` (`bulletin`), the warnings by code and position, and the options
 * the caller passes (where the text lacks something).
 */
const DIR = new URL("./fixtures/", import.meta.url);
const names = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();

interface Expected {
  options?: ParseBulletinTextOptions;
  /** The model; a draft without the `missing` facts when the text lacks them. */
  bulletin: unknown;
  missing?: string[];
  warnings: { code: string; line: number; column: number }[];
}

const WHAT: Record<string, string> = {
  "copy-to": "抄送 split on its comma and 共印N份 as copies",
  crlf: "CRLF line ends",
  "empty-sections": "sections without items, each an info warning",
  "flattened-table": "a table flattened to text, with signed and worded changes as comparisons",
  "fullwidth-digits": "full-width digits and decimal point",
  "ling-dates": "a 〇-style date and 第三期 in Chinese numerals",
  "masthead-no-tail": "a masthead without 报尾",
  "no-issue-number": "no issue number, warned",
  "ocr-noise": "OCR noise: stray spaces, ASCII marks, bullets, a page break with number and header",
  "one-section": "one section of a report, without masthead",
  "single-news-item": "a single news item, with what it lacks passed in options",
  "total-number": "2025年第5期（总第123期）, 密级 line, 责任编辑 and 签发人 on one line",
  "weekly-brief": "a weekly 简报 with 同比/环比, percentages and a 第N周 period",
};

describe("bulletins written for the tests", () => {
  test("there are at least 12, each described", () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
    expect(Object.keys(WHAT).sort()).toEqual(names);
  });

  for (const name of names) {
    const text = readFileSync(new URL(`${name}.txt`, DIR), "utf8");
    const expected = JSON.parse(readFileSync(new URL(`${name}.json`, DIR), "utf8")) as Expected;
    test(`parseBulletinText: reads ${name}.txt (${WHAT[name]}) into its model`, () => {
      const result = parseBulletinText(text, expected.options ?? {});
      const { bulletin, warnings } = result;
      expect(bulletin).toEqual(expected.bulletin);
      expect(result.missing).toEqual(expected.missing ?? []);
      expect(
        warnings.map((w) => ({ code: w.code, line: w.position.line, column: w.position.column })),
      ).toEqual(expected.warnings);
      if (result.complete) expect(validateBulletin(result.bulletin).ok).toBe(true);
    });
  }

  test("parseBulletinText: CRLF and LF versions of a text give the same bulletin", () => {
    const crlf = readFileSync(new URL("crlf.txt", DIR), "utf8");
    expect(crlf).toContain("\r\n");
    expect(parseBulletinText(crlf.replaceAll("\r\n", "\n")).bulletin).toEqual(
      parseBulletinText(crlf).bulletin,
    );
  });

  test("parseBulletinText: a text that lacks the masthead gets it from options, without warnings about it", () => {
    const text = readFileSync(new URL("one-section.txt", DIR), "utf8");
    const bare = parseBulletinText(text).warnings.map((w) => w.code);
    expect(bare).toEqual(
      expect.arrayContaining([
        "missing-title",
        "missing-publisher",
        "missing-issue-number",
        "missing-publication-date",
      ]),
    );
    const { bulletin, warnings } = parseBulletinText(text, {
      publication: { title: "重点工作简报", publisher: { name: "四川省大数据中心" } },
      issue: { number: 3, publishedOn: "2025-05-06" },
    });
    expect(warnings.map((w) => w.code)).toEqual(["marker-out-of-order"]);
    expect(bulletin.publication).toEqual({
      title: "重点工作简报",
      publisher: { name: "四川省大数据中心" },
    });
    expect(bulletin.issue).toEqual({ number: 3, publishedOn: "2025-05-06" });
    // A year passed in options is the masthead's `2025年第3期`.
    const withYear = parseBulletinText(text, {
      publication: { title: "重点工作简报", publisher: { name: "四川省大数据中心" } },
      issue: { number: 3, year: 2025, publishedOn: "2025-05-06" },
    });
    expect(withYear.bulletin.issue).toEqual({ number: 3, year: 2025, publishedOn: "2025-05-06" });
  });
});
