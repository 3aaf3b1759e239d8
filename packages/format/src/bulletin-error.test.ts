import {
  BulletinError,
  dateSpanBounds,
  FormatError,
  isBulletinError,
  parsePercent,
  safeParsePercent,
  toChineseMoney,
  toChineseNumber,
} from "@bulletin/format";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
};

describe("BulletinError", () => {
  test("isBulletinError: is true for every FormatError format throws and false for anything else", () => {
    for (const f of [
      () => toChineseMoney(-5),
      () => parsePercent("x"),
      () => toChineseNumber(Number.NaN),
      () => dateSpanBounds({ kind: "month", month: "2025-13" }),
    ]) {
      const error = thrown(f);
      expect(isBulletinError(error)).toBe(true);
      expect(error).toBeInstanceOf(FormatError);
      expect(error).toBeInstanceOf(BulletinError);
      expect(error).toBeInstanceOf(Error);
    }
    const others: unknown[] = [
      new Error("x"),
      new TypeError("x"),
      Object.assign(new Error("x"), { code: "invalid-option" }),
      { code: "invalid-option", name: "FormatError", message: "x" },
      null,
      undefined,
      "FormatError",
      42,
    ];
    for (const value of others) {
      expect(isBulletinError(value)).toBe(false);
      expect(value instanceof BulletinError).toBe(false);
      expect(value instanceof FormatError).toBe(false);
    }
  });

  test("instanceof: a subclass recognises its own errors and its parents', never a sibling's", () => {
    class AError extends BulletinError<"a"> {
      static override readonly name: string = "AError";
    }
    class BError extends BulletinError<"b"> {
      static override readonly name: string = "BError";
    }
    const a = new AError("a", "m");
    expect([a instanceof AError, a instanceof BulletinError, a instanceof BError]).toEqual([
      true,
      true,
      false,
    ]);
    expect(a instanceof FormatError).toBe(false);
    expect(new FormatError("invalid-number", "m") instanceof AError).toBe(false);
  });

  test("BulletinError: carries code, message, cause and only the location fields it was given", () => {
    const cause = new Error("inner");
    const error = new BulletinError("invalid-option", "bad", { path: ["a", 0], line: 2, cause });
    expect([error.code, error.message, error.path, error.line, error.cause]).toEqual([
      "invalid-option",
      "bad",
      ["a", 0],
      2,
      cause,
    ]);
    expect("column" in error).toBe(false);
    expect("path" in new BulletinError("x", "m")).toBe(false);
  });

  test("BulletinError: a cause of undefined is no cause, so subclasses pass their options through", () => {
    expect("cause" in new BulletinError("x", "m", { cause: undefined })).toBe(false);
    expect("cause" in new BulletinError("x", "m", { cause: null })).toBe(true);
  });

  test("FormatError: an invalid option carries the option as its path", () => {
    const error = thrown(() => toChineseMoney(5, { prefix: "USD" as never }));
    expect(error).toMatchObject({ code: "invalid-option", path: ["prefix"] });
  });

  test("isBulletinError: never throws and agrees with instanceof BulletinError on any value", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(isBulletinError(value)).toBe(value instanceof BulletinError);
        expect(isBulletinError(value)).toBe(false);
      }),
    );
  });

  test("safeParse…: the failure's error is the BulletinError parse… throws", () => {
    const result = safeParsePercent("x");
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(isBulletinError(result.error)).toBe(true);
      expect(result.error.message).toBe((thrown(() => parsePercent("x")) as Error).message);
    }
  });
});
