import { readdirSync, readFileSync } from "node:fs";
import {
  type Bulletin,
  fixBulletin,
  type Inline,
  lintBulletin,
  validateBulletin,
} from "@bulletin/schema";
import { describe, expect, test } from "vitest";

/** The real corpus of parse's recall issue (305 texts on 2026-12-02), one line a paragraph. */
const dir = new URL("../../parse/test/corpus/", import.meta.url);
const texts = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((file) => ({
    file,
    lines: readFileSync(new URL(file, dir), "utf8")
      .split(/\r?\n/)
      .filter((l) => l.trim() !== ""),
  }));

function wrap(file: string, lines: string[]): Bulletin {
  return {
    schemaVersion: "1",
    publication: { title: file, publisher: { name: "corpus" } },
    issue: { number: 1, publishedOn: "2025-12-31" },
    departments: [],
    metrics: [],
    sections: [{ title: "正文", items: [{ body: lines.map((l) => [l]) }] }],
  };
}

// (Non-Han text goes first: a letter-spaced `增 长` that a fix closes up is the same change word.)
const han = (text: string): string =>
  text
    .replace(/[^\p{Script=Han}]/gu, "")
    .replace(/增长|下降|增加|减少|上升|提高|降低/g, "变")
    .replace(/[〇零一二三四五六七八九十百千万亿]/gu, "");

describe("text rules over the real corpus", () => {
  test("the corpus is there (at least 27 texts)", () => {
    expect(texts.length).toBeGreaterThanOrEqual(27);
  });

  test.each(texts)(
    "$file: fixBulletin is idempotent, keeps it valid and changes no Han text but numerals",
    ({ file, lines }) => {
      const bulletin = wrap(file, lines);
      const { bulletin: fixed } = fixBulletin(bulletin);
      expect(validateBulletin(fixed).ok).toBe(true);
      expect(fixBulletin(fixed).applied).toEqual([]);
      expect(lintBulletin(fixed).filter((i) => i.fix !== undefined)).toEqual([]);
      const after = (fixed.sections[0]?.items[0]?.body ?? []).map((p) =>
        han(String((p as Inline[])[0])),
      );
      expect(after).toEqual(lines.map(han));
    },
  );
});
