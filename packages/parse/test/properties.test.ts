import { readFileSync } from "node:fs";
import { formatQuantity, parseQuantity } from "@bulletin/format";
import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import { renderText } from "@bulletin/render";
import type { Bulletin, Inline, Item } from "@bulletin/schema";
import { validateBulletin } from "@bulletin/schema";
import { arbitraryBulletin, hostileString } from "@bulletin/testkit";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

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

/**
 * The bulletin the plain text layout can express, for a generated bulletin: what the text does
 * not print is brought into the form the parser reads back.
 * - Departments: the ones the text names, in order of first mention; an item's
 *   `departmentRefs` are the departments it names (the layout prints no other actors).
 * - Metrics: numbered `metric-N` in order of appearance (the text prints no ids); labels are
 *   compared apart (the text prints `共5.88万件`, not the label); `fractionDigits` is what the
 *   figure shows once formatQuantity has dropped trailing zeros (`0.50万` prints `0.5万`).
 * - An item that renderText prints with a marker (one of several, or naming departments) and
 *   that has neither title nor date gets a title: its first sentence would otherwise read as a
 *   run-in title (`（一）工作推进。…`), as in real text.
 * - A paragraph that ends with a department name gets a `。`: a line that stops mid-sentence
 *   reads as a paragraph split by a page break and is joined with the next.
 * - Adjacent strings of a paragraph are one string (the text has no seam between them).
 */
function expressible(b: Bulletin): Bulletin {
  const c = structuredClone(b);
  const metricIds = new Map(c.metrics.map((m, i) => [m.id, `metric-${i + 1}`]));
  c.metrics = c.metrics.map((m) => {
    const printed = formatQuantity(m.value, m.unit, { ...m.display } as Parameters<
      typeof formatQuantity
    >[2]);
    const q = parseQuantity(printed);
    return {
      ...m,
      id: metricIds.get(m.id) as string,
      display:
        q.scale === "none" && q.fractionDigits === 0
          ? { scale: "none" }
          : { scale: q.scale, fractionDigits: q.fractionDigits },
    };
  });
  const mentioned: string[] = [];
  for (const section of c.sections) {
    const several = section.items.length > 1;
    section.items = section.items.map((item): Item => {
      const refs: string[] = [];
      const body = (item.body as Inline[][]).map((p) => {
        const out: Inline[] = p.map((node) => {
          if (typeof node === "object" && node.type === "metric")
            return { type: "metric", ref: metricIds.get(node.ref) as string };
          if (typeof node === "object" && node.type === "department") {
            if (!refs.includes(node.ref)) refs.push(node.ref);
            if (!mentioned.includes(node.ref)) mentioned.push(node.ref);
          }
          return node;
        });
        const last = out[out.length - 1];
        if (typeof last === "object" && last.type === "department") out.push("。");
        // Two strings in a row print as one.
        return out.reduce<Inline[]>((merged, node) => {
          const prev = merged[merged.length - 1];
          if (typeof node === "string" && typeof prev === "string")
            merged[merged.length - 1] = prev + node;
          else merged.push(node);
          return merged;
        }, []);
      });
      const next: Item = { body };
      if (item.title !== undefined) next.title = item.title;
      // renderText gives an item a marker unless it is the only one and has no title, date or
      // departments; a marked item's first short sentence reads as its run-in title.
      else if ((several || refs.length > 0) && item.date === undefined) next.title = "综合情况";
      if (item.date !== undefined) next.date = item.date;
      if (refs.length > 0) next.departmentRefs = refs;
      return next;
    });
  }
  c.departments = mentioned
    .map((id) => c.departments.find((d) => d.id === id))
    .filter((d) => d !== undefined);
  return c;
}

const withoutLabels = (b: Bulletin): Bulletin => ({
  ...b,
  metrics: b.metrics.map((m) => ({ ...m, label: "" })),
});

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
    fc.assert(
      fc.property(arbitraryBulletin(), (generated) => {
        const b = expressible(generated);
        const { bulletin } = parseBulletinText(renderText(b), {
          departments: b.departments,
          publication: { frequency: "monthly" },
        });
        expect(bulletin.metrics.every((m) => m.label !== "")).toBe(true);
        expect(withoutLabels(bulletin)).toEqual(withoutLabels(b));
      }),
      { numRuns: 300 },
    );
  });

  test("parseBulletinText: reads its own rendered output back unchanged (fixpoint), labels included", () => {
    fc.assert(
      fc.property(arbitraryBulletin(), (generated) => {
        const b = expressible(generated);
        const options = {
          departments: b.departments,
          publication: { frequency: "monthly" as const },
        };
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
