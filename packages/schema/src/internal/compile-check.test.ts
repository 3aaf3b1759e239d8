import { arbitraryBulletin, hostileString } from "@bulletin/testkit";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { baseBulletin, invalidFixtures, lintFixtures, withChange } from "../../test/fixtures";
import { schemasFor, type ValidationMode } from "../model";
import { compileCheck } from "./compile-check";
import { inspectInput } from "./inspect-input";

const modes: ValidationMode[] = ["strict", "passthrough"];
const checks = Object.fromEntries(modes.map((m) => [m, compileCheck(schemasFor(m).Bulletin)]));
const slow = (mode: ValidationMode, v: unknown): boolean =>
  schemasFor(mode).Bulletin.safeParse(v).success && inspectInput(v, "en").length === 0;

describe("compileCheck (the fast path of safeParseBulletin)", () => {
  test.each(modes)("compileCheck: accepts the valid fixtures in %s mode", (mode) => {
    for (const input of [baseBulletin(), ...lintFixtures.map((f) => f.input)])
      expect(checks[mode]!(input)).toBe(true);
  });

  test.each(modes)("compileCheck: rejects every invalid fixture in %s mode", (mode) => {
    for (const { input, name } of invalidFixtures) {
      if (mode === "passthrough" && !slow("passthrough", input))
        expect(checks[mode]!(input), name).toBe(false);
      if (mode === "strict") expect(checks[mode]!(input), name).toBe(false);
    }
  });

  test("compileCheck: never says yes where zod says no, on mutated bulletins", () => {
    const paths = fc.constantFrom(
      ["issue", "number"],
      ["issue", "publishedOn"],
      ["issue", "period"],
      ["publication", "title"],
      ["metrics", 0, "display"],
      ["metrics", 0, "value"],
      ["sections", 0, "items", 0, "body", 0, 0],
      ["sections", 1, "items", 0, "date"],
      ["sections", 1, "items", 0, "extra"],
      ["sections", 1, "items", 0, "_ext"],
      ["departments", 1, "aliases"],
      ["distribution"],
    );
    const values = fc.oneof(
      fc.jsonValue(),
      hostileString(),
      fc.double(),
      fc.constantFrom(undefined, null, Number.NaN),
    );
    fc.assert(
      fc.property(paths, values, fc.constantFrom(...modes), (path, value, mode) => {
        const input = withChange(path, value);
        if (checks[mode]!(input)) expect(slow(mode, input)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test("compileCheck: agrees with zod on generated valid bulletins", () => {
    fc.assert(
      fc.property(arbitraryBulletin(), (b) => {
        expect(checks.strict!(b)).toBe(true);
        expect(slow("strict", b)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
