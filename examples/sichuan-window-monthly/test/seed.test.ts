import { existsSync, readFileSync } from "node:fs";
import { renderText } from "@bulletin/render";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";

/** The seed as checked in beside the example, and where the shared copy lives (<repo>/../shared). */
const SEED_COPY = new URL("../seed.txt", import.meta.url);
const SHARED_SEED = new URL("../../../../shared/seeds/000_67bbe4389d8734c7.txt", import.meta.url);

const seed = readFileSync(SEED_COPY, "utf8");
const bulletin = JSON.parse(
  readFileSync(new URL("../issue-9.json", import.meta.url), "utf8"),
) as Bulletin;
/** The fixture laid out by the plain-text renderer: one line a paragraph, blank lines dropped. */
const textLines = renderText(bulletin)
  .split("\n")
  .filter((line) => line !== "");
const textContent = textLines.join("\n");

const HAN_RUN = /\p{Script=Han}+/gu;
const SECTION_HEADING = /^[一二三四五六七八九十]+、/;
/** A character next to which a space is a PDF artifact: Han, CJK or full-width marks, curly quotes, dashes. */
const CJK = "\\p{Script=Han}\\u2014\\u2018-\\u201D\\u3000-\\u303F\\uFF00-\\uFFEF";
const STRAY_SPACE = new RegExp(
  `(?<=[${CJK}0-9])[ \\t]+(?=[${CJK}])|(?<=[${CJK}])[ \\t]+(?=[${CJK}0-9+])`,
  "gu",
);

/**
 * Repairs the PDF extraction artifacts of the seed, one string a paragraph:
 * drops `- ` bullets and blank lines, joins a body line that does not end a sentence with the
 * next line (a paragraph split by a line or page break: `相关工` + `作`), removes spaces next to
 * Chinese text (`首席事务 代表会`, `5.88 万件`), and — with `punctuation` — writes ASCII marks
 * in Chinese text full-width per GB/T 15834 (`,` `;` `:` `(` `)`, straight quotes as “” and ‘’).
 */
function repairSeed(text: string, { punctuation = false } = {}): string[] {
  const raw = text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/^- /, ""))
    .filter((line) => line !== "");
  const lines: string[] = [];
  let inBody = false;
  let open = false; // the previous body line did not end its paragraph
  for (const line of raw) {
    const heading = SECTION_HEADING.test(line);
    if (heading) inBody = true;
    if (open && !heading) lines[lines.length - 1] += line;
    else lines.push(line);
    const last = lines[lines.length - 1] ?? "";
    open = inBody && !heading && !/[。！？]$/.test(last);
  }
  return lines.map((line) => {
    const fixed = punctuation ? fullWidth(line) : line;
    return fixed.replace(STRAY_SPACE, "");
  });
}

/** ASCII punctuation in Chinese text to full width (GB/T 15834-2011); quotes alternate open/close. */
function fullWidth(line: string): string {
  let double = 0;
  let single = 0;
  return line.replace(/[,;:()"']/g, (mark) => {
    switch (mark) {
      case ",":
        return "，";
      case ";":
        return "；";
      case ":":
        return "：";
      case "(":
        return "（";
      case ")":
        return "）";
      case '"':
        return double++ % 2 === 0 ? "“" : "”";
      default:
        return single++ % 2 === 0 ? "‘" : "’";
    }
  });
}

const hanRuns = (text: string): string[] => text.match(HAN_RUN) ?? [];

/** The runs that cannot be found in `haystack` in order, each after the previous match. */
function missingInOrder(runs: string[], haystack: string): string[] {
  const missing: string[] = [];
  let cursor = 0;
  for (const run of runs) {
    const at = haystack.indexOf(run, cursor);
    if (at < 0) missing.push(run);
    else cursor = at + run.length;
  }
  return missing;
}

describe("issue-9.json holds the whole seed (政务窗口月报 第9期)", () => {
  test("the seed copy in the example is byte-identical to the shared seed, when that exists", () => {
    if (!existsSync(SHARED_SEED)) return;
    expect(readFileSync(SEED_COPY).equals(readFileSync(SHARED_SEED))).toBe(true);
  });

  test("the repair leaves no stray spaces, bullets or split words", () => {
    const repaired = repairSeed(seed);
    expect(repaired.join("\n")).not.toMatch(/\p{Script=Han}[ \t]+\p{Script=Han}/u);
    expect(repaired.some((line) => line.startsWith("- "))).toBe(false);
    expect(repaired.join("\n")).toContain("相关工作");
    expect(repaired.join("\n")).toContain("建设项目的");
    expect(repaired.join("\n")).toContain("2025年第4次窗口首席事务代表会");
  });

  test("every run of Han characters of the repaired seed appears in the text content, in order", () => {
    const runs = hanRuns(repairSeed(seed).join("\n"));
    expect(runs.length).toBeGreaterThan(300);
    expect(missingInOrder(runs, textContent)).toEqual([]);
  });

  test("the fixture adds no Han text the seed does not have", () => {
    const repaired = repairSeed(seed).join("\n");
    expect(missingInOrder(hanRuns(textContent), repaired)).toEqual([]);
    // Both directions at once: the same Han characters in the same order, none added or lost.
    expect(hanRuns(textContent).join("")).toBe(hanRuns(repaired).join(""));
  });

  test("the text content is the repaired seed, paragraph for paragraph and mark for mark", () => {
    expect(textLines).toEqual(repairSeed(seed, { punctuation: true }));
  });
});
