import { readFileSync } from "node:fs";
import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import { renderText } from "@bulletin/render";
import { validateBulletin } from "@bulletin/schema";
import { arbitraryBulletin, hostileString } from "@bulletin/testkit";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { expressible, optionsFor, withoutGuessedPeriod, withoutLabels } from "./expressible";
import { tablesAsText } from "./tables-as-text";

const seed = readFileSync(
  new URL("../../../examples/sichuan-window-monthly/seed.txt", import.meta.url),
  "utf8",
);
const seedLines = seed.split("\n");

/** Seed text with lines dropped, duplicated or cut and random or hostile text spliced in. */
const mutatedSeed = (): fc.Arbitrary<string> =>
  fc
    .array(
      fc.record({
        line: fc.nat({ max: seedLines.length - 1 }),
        cut: fc.nat({ max: 400 }),
        insert: fc.oneof(
          hostileString(),
          fc.constantFrom(
            " ",
            "\r\n",
            "- ",
            "（",
            "“",
            "《",
            "\t",
            "第",
            "期",
            "一、",
            "(三)",
            "5.88 万",
            "同比下降",
            "报:",
            "共印",
          ),
        ),
      }),
      { maxLength: 40 },
    )
    .map((edits) =>
      edits
        .map(({ line, cut, insert }) => {
          const l = seedLines[line] ?? "";
          const at = Math.min(cut, l.length);
          return l.slice(0, at) + insert + l.slice(at);
        })
        .join("\n"),
    );

const anyText = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.string({ unit: "grapheme", maxLength: 200 }),
    hostileString(),
    mutatedSeed(),
  );

describe("properties", () => {
  test("repairExtractedText: is idempotent on random, hostile and mutated bulletin text", () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const once = repairExtractedText(text);
        expect(repairExtractedText(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  test("parseBulletinText: never throws and always gives a valid bulletin, whatever the text", () => {
    fc.assert(
      fc.property(anyText(), fc.constantFrom("zh-CN" as const, "en" as const), (text, locale) => {
        const { bulletin, warnings } = parseBulletinText(text, { locale });
        expect(warnings.filter((w) => w.code === "internal-error")).toEqual([]);
        const result = validateBulletin(bulletin);
        expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
        for (const w of warnings) {
          expect(w.position.line).toBeGreaterThanOrEqual(1);
          expect(w.position.column).toBeGreaterThanOrEqual(1);
          expect(w.message).not.toBe("");
        }
      }),
      { numRuns: 1000 },
    );
  });

  test("parseBulletinText: reads renderText's output back into the bulletin", () => {
    let tables = 0;
    let spanning = 0;
    fc.assert(
      fc.property(arbitraryBulletin(), (generated) => {
        for (const block of generated.sections.flatMap((s) => s.items.flatMap((i) => i.body))) {
          if (Array.isArray(block)) continue;
          tables++;
          const cells = [...(block.head ?? []), ...block.rows].flat();
          if (
            cells.some((c) => !Array.isArray(c) && ((c.rowSpan ?? 1) > 1 || (c.colSpan ?? 1) > 1))
          )
            spanning++;
        }
        // Tables are compared as the text prints them (tables-as-text.ts): spans are rendered,
        // and read back as the grid of their columns.
        const b = expressible(tablesAsText(generated, false));
        const parsed = parseBulletinText(renderText(b), optionsFor(b)).bulletin;
        const bulletin = tablesAsText(withoutGuessedPeriod(parsed, b), true);
        expect(bulletin.metrics.every((m) => m.label !== "")).toBe(true);
        expect(withoutLabels(bulletin)).toEqual(withoutLabels(tablesAsText(b, true)));
      }),
      { numRuns: 300 },
    );
    // Not vacuous: the generated bulletins hold tables, spanning ones among them.
    expect(tables).toBeGreaterThan(150);
    expect(spanning).toBeGreaterThan(30);
    // 300 bulletins with tables through render, parse and the comparison: more than the default
    // 30 s on a shared machine.
  }, 120_000);

  test("parseBulletinText: reads its own rendered output back unchanged (fixpoint), labels included", () => {
    fc.assert(
      fc.property(arbitraryBulletin(), (generated) => {
        const b = expressible(tablesAsText(generated, false));
        const options = optionsFor(b);
        const once = parseBulletinText(renderText(b), options).bulletin;
        const twice = parseBulletinText(renderText(once), {
          ...options,
          departments: once.departments,
        }).bulletin;
        expect(twice).toEqual(once);
      }),
      { numRuns: 100 },
    );
  });

  test("parseBulletinText: reads 1 MB of bulletin text in well under 10 s (timed in the benchmark)", () => {
    const body = seed.slice(seed.indexOf("二、"), seed.indexOf("报:"));
    let text = seed.slice(0, seed.indexOf("二、"));
    while (text.length < 1_000_000 / 3) text += body;
    const start = performance.now();
    const { bulletin } = parseBulletinText(text);
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(validateBulletin(bulletin).ok).toBe(true);
    expect(bulletin.sections.length).toBeGreaterThan(100);
  });
});
