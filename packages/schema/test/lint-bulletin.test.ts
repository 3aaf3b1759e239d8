import {
  formatPath,
  LINT_RULES,
  lintBulletin,
  TEXT_RULES,
  validateBulletin,
} from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { baseBulletin, lintFixtures, withChange } from "./fixtures";

describe("lintBulletin", () => {
  test("lintBulletin: finds nothing in a clean bulletin", () => {
    expect(lintBulletin(baseBulletin())).toEqual([]);
  });

  test.each(lintFixtures)(
    "lintBulletin: reports $code ($severity) for $name",
    ({ input, code, path, severity }) => {
      expect(validateBulletin(input).issues.length).toBeGreaterThan(0); // structurally valid, semantically not
      const issues = lintBulletin(input, { locale: "en" });
      const found = issues.find((i) => i.code === code);
      expect(found, JSON.stringify(issues)).toBeDefined();
      expect(formatPath(found!.path)).toBe(formatPath(path));
      expect(found!.severity).toBe(severity);
      expect(found!.message).toContain(`\`${formatPath(path)}\``);
      const zh = lintBulletin(input).find((i) => i.code === code)!;
      expect(zh.message).toMatch(/\p{Script=Han}/u);
    },
  );

  test("lintBulletin: every semantic rule has a fixture (text rules have their own table)", () => {
    const text = new Set<string>(TEXT_RULES.map((r) => r.code));
    expect(new Set(lintFixtures.map((f) => f.code))).toEqual(
      new Set(Object.keys(LINT_RULES).filter((code) => !text.has(code))),
    );
  });

  test("lintBulletin: a 下旬 item is inside its month and a range across the publication month passes", () => {
    const inPublicationMonth = withChange(["sections", 1, "items", 0, "date"], {
      kind: "range",
      start: "2025-11-01",
      end: "2025-11-03",
    });
    expect(lintBulletin(inPublicationMonth as never)).toEqual([]);
  });

  test("lintBulletin: a range that straddles the period end is outside it", () => {
    const straddle = withChange(["sections", 1, "items", 0, "date"], {
      kind: "range",
      start: "2025-09-30",
      end: "2025-10-02",
    });
    expect(lintBulletin(straddle as never).map((i) => i.code)).toEqual(["date-outside-period"]);
  });

  test("lintBulletin: a comparison within rounding of the displayed value passes", () => {
    // 5.88万 against 5.00万 is +17.6%; reported 17.61% is within rounding.
    const input = withChange(["metrics", 0, "comparison", "change"], 17.61);
    expect(lintBulletin(input as never)).toEqual([]);
  });

  test("lintBulletin: an approximate value (`5万余件`) is a bound, its comparison not checked", () => {
    const input = withChange(["metrics", 0, "approximate"], { mark: "余", at: "scale" });
    const approximate = withChange(["metrics", 0, "comparison", "change"], 30, input);
    expect(lintBulletin(approximate as never)).toEqual([]);
    // The same change on the exact value does not add up (near-miss).
    const exact = withChange(["metrics", 0, "comparison", "change"], 30);
    expect(lintBulletin(exact as never).map((i) => i.code)).toEqual(["comparison-mismatch"]);
  });

  test("lintBulletin: 个百分点 changes are not checked as percentages", () => {
    const input = withChange(["metrics", 0, "comparison"], {
      basis: "yoy",
      previous: 50000,
      change: 1.2,
      changeUnit: "points",
    });
    expect(lintBulletin(input as never)).toEqual([]);
  });

  test("lintBulletin: the duplicate-id message names where the id was first used", () => {
    const input = withChange(["departments", 1, "id"], "center");
    expect(lintBulletin(input as never, { locale: "en" })[0]?.message).toBe(
      '`departments[1].id` repeats the id "center" already used at `departments[0].id`',
    );
  });
});

describe("lintBulletin messages", () => {
  test("lintBulletin: date-outside-period says so plainly when the issue states no period", () => {
    const input = withChange(["sections", 1, "items", 0, "date"], {
      kind: "day",
      date: "2025-07-01",
    });
    delete (input.issue as Record<string, unknown>).period;
    const [issue] = lintBulletin(input as never, { locale: "en" });
    expect(issue?.message).toBe(
      "`sections[1].items[0].date` (2025-07-01 to 2025-07-01) falls outside the publication month 2025-11 (the issue states no period)",
    );
  });
});
