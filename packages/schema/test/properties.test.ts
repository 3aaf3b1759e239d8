import { lintBulletin, safeParseBulletin, validateBulletin } from "@bulletin/schema";
import { arbitraryBulletin, hostileString } from "@bulletin/testkit";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { baseBulletin } from "./fixtures";

describe("properties", () => {
  test("any valid bulletin survives a JSON round trip and stays valid and lint-clean", () => {
    fc.assert(
      fc.property(arbitraryBulletin(), (bulletin) => {
        const back = JSON.parse(JSON.stringify(bulletin)) as unknown;
        const result = validateBulletin(back);
        // Lint-clean: the one info a valid bulletin may carry says that Markdown writes a table
        // with spans (or without one head row) as rows of text.
        const issues = result.issues.filter((i) => i.code !== "table-markdown-fallback");
        expect(issues).toEqual([]);
        for (const i of result.issues) expect(i.severity).toBe("info");
        expect(result.bulletin).toEqual(bulletin);
      }),
      { numRuns: 200 },
    );
  });

  test("lintBulletin never throws on any schema-valid input", () => {
    // Mutate valid bulletins in ways the schema allows but lint may not like.
    const mutated = fc
      .tuple(
        arbitraryBulletin(),
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 5 }),
      )
      .map(([b, s, n]) => {
        const copy = structuredClone(b);
        copy.departments.push({ id: "d0", name: s.trim() === "" ? "重复" : s });
        copy.sections[0]?.items.push({ body: [["共", { type: "metric", ref: `missing${n}` }]] });
        copy.sections.push({ title: "空", items: [] });
        return copy;
      });
    fc.assert(
      fc.property(mutated, (bulletin) => {
        const parsed = safeParseBulletin(bulletin);
        if (!parsed.success) return; // only schema-valid inputs are lint's domain
        expect(() => lintBulletin(parsed.data)).not.toThrow();
        expect(lintBulletin(parsed.data).map((i) => i.code)).toContain("unresolved-metric-ref");
      }),
      { numRuns: 200 },
    );
  });

  test("validateBulletin never throws on arbitrary JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateBulletin(value);
        expect(result.ok).toBe(false);
        expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  test("validateBulletin never throws when any text field holds a hostile string", () => {
    fc.assert(
      fc.property(hostileString(), fc.constantFrom("title", "label", "text"), (s, where) => {
        const b = baseBulletin() as unknown as Record<string, Record<string, unknown>>;
        if (where === "title") b.publication!.title = s;
        if (where === "label") (b.metrics as unknown as Record<string, unknown>[])[0]!.label = s;
        if (where === "text")
          (b.sections as never as { items: { body: unknown[][] }[] }[])[0]!.items[0]!.body[0]![1] =
            s;
        const result = validateBulletin(b);
        for (const issue of result.issues) expect(typeof issue.message).toBe("string");
      }),
      { numRuns: 300 },
    );
  });
});
