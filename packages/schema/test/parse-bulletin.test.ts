import { isBulletinError } from "@bulletin/format";
import {
  BulletinValidationError,
  formatPath,
  parseBulletin,
  safeParseBulletin,
  validateBulletin,
} from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { baseBulletin, invalidFixtures, withChange } from "./fixtures";

describe("parseBulletin", () => {
  test("parseBulletin: returns a valid bulletin unchanged", () => {
    const input = baseBulletin();
    expect(parseBulletin(input)).toEqual(input);
  });

  test("parseBulletin: throws BulletinValidationError carrying every issue", () => {
    const input = withChange(["issue", "number"], 0);
    (input.publication as Record<string, unknown>).title = "";
    let error: unknown;
    try {
      parseBulletin(input, { locale: "en" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BulletinValidationError);
    const e = error as BulletinValidationError;
    expect(e.code).toBe("invalid-bulletin");
    expect(e.name).toBe("BulletinValidationError");
    expect(e.issues.map((i) => i.code).sort()).toEqual(["empty-text", "out-of-range"]);
    expect(e.message).toContain("`issue.number` is out of range: expected at least 1, got 0");
  });

  test.each([
    ["en", "Invalid bulletin: 2 error(s)"],
    ["zh-CN", "简报无效：2 个错误"],
    [undefined, "简报无效：2 个错误"],
  ] as const)(
    "BulletinValidationError: the header line is in the caller's locale (%s)",
    (locale, header) => {
      const input = withChange(["issue", "number"], 0);
      (input.publication as Record<string, unknown>).title = "";
      const result = safeParseBulletin(input, locale === undefined ? {} : { locale });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.error.message.split("\n")[0]).toBe(header);
      expect(() => parseBulletin(input, locale === undefined ? {} : { locale })).toThrow(
        result.error.message,
      );
    },
  );

  test("safeParseBulletin: a failure carries the error parseBulletin throws, its issues as an alias", () => {
    const input = withChange(["issue", "number"], 0);
    const result = safeParseBulletin(input, { locale: "en" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(BulletinValidationError);
    expect(isBulletinError(result.error)).toBe(true);
    expect(result.issues).toBe(result.error.issues);
    expect(result.error.path).toEqual(["issue", "number"]);
    expect(() => parseBulletin(input, { locale: "en" })).toThrow(result.error.message);
  });

  test("BulletinValidationError: more than five errors are summed up in the caller's locale", () => {
    const issues = Array.from({ length: 7 }, (_, k) => ({
      code: "invalid-type" as const,
      path: ["sections", k],
      severity: "error" as const,
      message: `m${k}`,
    }));
    expect(new BulletinValidationError(issues, { locale: "en" }).message).toMatch(/- … 2 more$/);
    expect(new BulletinValidationError(issues).message).toMatch(/- …… 另有 2 个$/);
  });

  test.each(invalidFixtures)(
    "safeParseBulletin: reports $code at the right path for $name",
    ({ input, code, path }) => {
      const result = safeParseBulletin(input);
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.issues.map((i) => [i.code, formatPath(i.path)])).toContainEqual([
        code,
        formatPath(path),
      ]);
      for (const issue of result.issues) {
        expect(issue.severity).toBe("error");
        expect(issue.message.length).toBeGreaterThan(0);
      }
    },
  );

  test.each(invalidFixtures)(
    "safeParseBulletin: names the path in both locales for $name",
    ({ input, code }) => {
      for (const locale of ["zh-CN", "en"] as const) {
        const result = safeParseBulletin(input, { locale });
        if (result.success) throw new Error("expected failure");
        const issue = result.issues.find((i) => i.code === code)!;
        expect(issue.message).toContain(`\`${formatPath(issue.path)}\``);
        if (locale === "zh-CN") expect(issue.message).toMatch(/\p{Script=Han}/u);
        else
          expect(issue.message).toMatch(/^`[^`]*` (is|has|names|uses|needs|must|contains|refers)/);
      }
    },
  );

  test("safeParseBulletin: zh-CN is the default locale", () => {
    const result = safeParseBulletin(withChange(["issue", "publishedOn"], "2025-02-30"));
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues[0]?.message).toBe(
        '`issue.publishedOn` 不是有效日期：应为真实存在的日期 YYYY-MM-DD，实际为 "2025-02-30"',
      );
  });

  test("safeParseBulletin: reports an unknown key with the keys it expected", () => {
    const result = safeParseBulletin(withChange(["publication", "titel"], "x"), { locale: "en" });
    expect(result.success || result.issues === result.error.issues).toBe(true);
    expect(
      result.success ? result : { success: result.success, issues: result.error.issues },
    ).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "unknown-key",
            "message": "\`publication.titel\` is not a field of the model: expected one of "title", "publisher", "frequency"; name extensions with a leading "_"",
            "params": {
              "key": "titel",
              "known": [
                "title",
                "publisher",
                "frequency",
              ],
            },
            "path": [
              "publication",
              "titel",
            ],
            "severity": "error",
          },
        ],
        "success": false,
      }
    `);
  });

  test("safeParseBulletin: keeps _ extensions in strict mode", () => {
    const input = withChange(["_source"], { system: "oa", id: 7 });
    const result = safeParseBulletin(input);
    expect(result.success).toBe(true);
    if (result.success)
      expect((result.data as Record<string, unknown>)._source).toEqual({ system: "oa", id: 7 });
  });

  test("safeParseBulletin: passthrough mode keeps unknown keys instead of rejecting them", () => {
    const input = withChange(["publication", "editorInChief"], "张三");
    expect(safeParseBulletin(input, { mode: "strict" }).success).toBe(false);
    const result = safeParseBulletin(input, { mode: "passthrough" });
    expect(result.success).toBe(true);
    if (result.success)
      expect((result.data.publication as Record<string, unknown>).editorInChief).toBe("张三");
  });

  test("safeParseBulletin: passthrough mode still rejects forbidden keys", () => {
    const result = safeParseBulletin(withChange(["constructor"], 1), { mode: "passthrough" });
    expect(result.success).toBe(false);
  });

  test("safeParseBulletin: reports every problem, not only the first", () => {
    const input = withChange(["issue", "number"], 1.5);
    (input.publication as Record<string, unknown>).title = "";
    (input as Record<string, unknown>).extra = true;
    const result = safeParseBulletin(input);
    if (result.success) throw new Error("expected failure");
    expect(result.issues.map((i) => i.code).sort()).toEqual([
      "empty-text",
      "not-integer",
      "unknown-key",
    ]);
  });

  test("validateBulletin: ok with no issues on a clean bulletin", () => {
    const result = validateBulletin(baseBulletin());
    expect(result).toEqual({ ok: true, bulletin: baseBulletin(), issues: [] });
  });

  test("validateBulletin: structure errors stop before lint and leave no bulletin", () => {
    const result = validateBulletin(withChange(["metrics"], "none"));
    expect(result.ok).toBe(false);
    expect(result.bulletin).toBeUndefined();
    expect(result.issues.map((i) => i.code)).toEqual(["invalid-type"]);
  });

  test("validateBulletin: warnings keep ok true, errors make it false", () => {
    const warned = validateBulletin(withChange(["issue", "totalNumber"], 3));
    expect(warned.ok).toBe(true);
    expect(warned.issues.map((i) => i.severity)).toEqual(["warning"]);
    const failed = validateBulletin(withChange(["departments", 1, "id"], "center"));
    expect(failed.ok).toBe(false);
  });

  test("validateBulletin: rule severities can be changed or turned off", () => {
    const input = withChange(["issue", "totalNumber"], 3);
    expect(
      validateBulletin(input, { rules: { "total-number-below-number": "off" } }).issues,
    ).toEqual([]);
    const strict = validateBulletin(input, { rules: { "total-number-below-number": "error" } });
    expect(strict.ok).toBe(false);
  });
});
