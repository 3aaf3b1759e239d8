import { safeParseBulletin, validateBulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { baseBulletin, withChange } from "./fixtures";

describe("hostile input", () => {
  test("validateBulletin: 10^5 levels of nesting give too-deep, not a stack overflow", () => {
    const depth = 100_000;
    const text = `${"[".repeat(depth)}${"]".repeat(depth)}`;
    const nested = JSON.parse(text) as unknown;
    const input = withChange(["_deep"], nested);
    const result = validateBulletin(input);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(["too-deep"]);
    expect(result.issues[0]?.path.slice(0, 2)).toEqual(["_deep", 0]);
  });

  test("validateBulletin: deep nesting in place of a section is a type error, not a crash", () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const result = validateBulletin(withChange(["sections", 0], deep));
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toContain("too-deep");
  });

  test("validateBulletin: __proto__ keys are rejected and nothing is polluted", () => {
    const text = JSON.stringify(baseBulletin()).replace(
      '"publication":{',
      '"publication":{"__proto__":{"polluted":"yes"},',
    );
    const input = JSON.parse(text) as unknown;
    const result = validateBulletin(input, { locale: "en" });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["forbidden-key", ["publication", "__proto__"]],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  test("validateBulletin: constructor and prototype keys are rejected even in passthrough mode", () => {
    for (const key of ["constructor", "prototype"]) {
      const result = validateBulletin(withChange(["issue", key], { polluted: true }), {
        mode: "passthrough",
      });
      expect(result.issues.map((i) => i.code)).toEqual(["forbidden-key"]);
    }
  });

  test("validateBulletin: NaN and Infinity are type errors that say so", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const result = validateBulletin(withChange(["metrics", 0, "value"], value), { locale: "en" });
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]?.code).toBe("invalid-type");
      expect(result.issues[0]?.message).toContain(String(value));
    }
  });

  test("validateBulletin: a 10 MB string is too-long with a short message that quotes no 10 MB", () => {
    const huge = "字".repeat(10 * 2 ** 20);
    const result = safeParseBulletin(withChange(["sections", 0, "items", 0, "body", 0, 1], huge));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.code)).toEqual(["too-long"]);
    expect(result.issues[0]!.message.length).toBeLessThan(200);
  });

  test("validateBulletin: a lone surrogate in text is invalid-text", () => {
    const result = safeParseBulletin(withChange(["publication", "title"], "月报\uDC00"));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.map((i) => i.code)).toEqual(["invalid-text"]);
  });

  test("validateBulletin: a huge array of bad sections is reported without blowing up", () => {
    const sections = Array.from({ length: 50_000 }, () => 1);
    const result = validateBulletin(withChange(["sections"], sections));
    expect(result.ok).toBe(false);
    expect(result.issues.length).toBe(50_000);
  });
});
