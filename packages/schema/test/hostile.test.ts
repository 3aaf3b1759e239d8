import {
  BulletinValidationError,
  parseBulletin,
  safeParseBulletin,
  validateBulletin,
} from "@bulletin/schema";
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

describe("input that cannot be read", () => {
  const throwingGetter = (): unknown => {
    const b = baseBulletin() as unknown as Record<string, unknown>;
    Object.defineProperty(b.publication as object, "title", {
      enumerable: true,
      get() {
        throw new Error("getter \u001b[31mboom");
      },
    });
    return b;
  };
  const revokedRoot = (): unknown => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };
  const revokedInside = (): unknown => {
    const { proxy, revoke } = Proxy.revocable(baseBulletin().sections, {});
    revoke();
    return { ...baseBulletin(), sections: proxy };
  };
  const cases: [string, () => unknown, (string | number)[]][] = [
    ["a getter that throws", throwingGetter, ["publication", "title"]],
    ["a revoked Proxy as the bulletin", revokedRoot, []],
    ["a revoked Proxy inside the bulletin", revokedInside, ["sections"]],
  ];

  test.each(cases)(
    "validateBulletin: %s is an unreadable-value issue, not a throw",
    (_, make, path) => {
      const result = validateBulletin(make(), { locale: "en" });
      expect(result.ok).toBe(false);
      expect(result.issues.map((i) => [i.code, i.path])).toEqual([["unreadable-value", path]]);
      expect(result.issues[0]?.message).toMatch(/cannot be read/);
      expect(result.issues[0]?.message).not.toContain("\u001b");
    },
  );

  test.each(cases)(
    "safeParseBulletin and parseBulletin: %s gives the typed issue",
    (_, make, path) => {
      const result = safeParseBulletin(make());
      expect(result.success).toBe(false);
      if (!result.success) expect(result.issues.map((i) => i.path)).toEqual([path]);
      expect(() => parseBulletin(make())).toThrow(BulletinValidationError);
    },
  );

  test("validateBulletin: a getter that throws only on its second read is still an issue", () => {
    const b = baseBulletin() as unknown as Record<string, unknown>;
    const sections = b.sections;
    let reads = 0;
    Object.defineProperty(b, "sections", {
      enumerable: true,
      get() {
        reads++;
        if (reads > 1) throw new TypeError("second read");
        return sections;
      },
    });
    const result = validateBulletin(b, { locale: "en" });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(["unreadable-value"]);
  });
});

describe("control characters in text", () => {
  test.each([
    ["a C0 control character (ESC) in a title", ["publication", "title"], "政务\u001b[2J月报"],
    ["a NUL in a title", ["publication", "title"], "政务\u0000月报"],
    ["a C1 control character (NEL) in a title", ["publication", "title"], "政务\u0085月报"],
    ["a carriage return in a title", ["publication", "title"], "政务\r月报"],
    ["DEL in a running text", ["sections", 0, "items", 0, "body", 0, 1], "正文\u007f"],
    ["ESC in a running text", ["sections", 0, "items", 0, "body", 0, 1], "正文\u001b]0;x\u0007"],
  ] as [string, (string | number)[], string][])(
    "validateBulletin: %s is a control-character error at its path",
    (_, path, value) => {
      const result = validateBulletin(withChange(path, value), { locale: "en" });
      expect(result.ok).toBe(false);
      expect(result.issues.map((i) => [i.code, i.path])).toEqual([["control-character", path]]);
      expect(result.issues[0]?.message).toContain("\\u00");
    },
  );

  test("validateBulletin: tabs and newlines in text are allowed", () => {
    const result = validateBulletin(
      withChange(["sections", 0, "items", 0, "body", 0, 1], "第一行\n第二行\t完"),
    );
    expect(result.issues).toEqual([]);
  });
});
