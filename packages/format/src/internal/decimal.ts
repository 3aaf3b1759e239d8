import { fail } from "./fail";

/** A plain decimal: whether it is below zero, its digits before the point and after it. */
export type Decimal = [negative: boolean, int: string, frac: string];

/**
 * Reads a number, bigint or decimal string into `[negative, int, frac]`: the unsigned digits
 * before the point (no leading zeros) and after it (as written; numbers use their shortest
 * round-trip form), `negative` only for a value below zero (`"-0.0"` is not). Rejects NaN,
 * ±Infinity, unsafe integers given as numbers and anything that is not a plain decimal.
 */
export const toDecimal = (fn: string, n: unknown): Decimal => {
  let s = typeof n === "string" ? n.trim() : String(n);
  if (typeof n === "number") {
    if (!Number.isFinite(n)) fail(fn, "not-finite", ["a finite number", "有限的数"], n);
    if (Number.isInteger(n) && !Number.isSafeInteger(n)) {
      fail(
        fn,
        "unsafe-integer",
        ["a safe integer, a bigint or a string", "安全整数、bigint 或字符串"],
        n,
      );
    }
    // Only tiny non-integers print with an exponent: 1.5e-7 → 0.00000015.
    s = s.replace(
      /^(-?)(\d)\.?(\d*)e-(\d+)$/,
      (_, sign, d, f, e) => `${sign}0.${"0".repeat(e - 1)}${d}${f}`,
    );
  }
  const m = /^([+-]?)0*(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m || !["number", "bigint", "string"].includes(typeof n)) {
    return fail(
      fn,
      "invalid-number",
      ["a number, bigint or decimal string like 12.5", "数值、bigint 或形如“12.5”的十进制字符串"],
      n,
    );
  }
  return [m[1] === "-" && /[1-9]/.test(s), m[2] as string, m[3] ?? ""];
};

/**
 * Multiplies the magnitude of a {@link toDecimal} result by 10^shift and rounds it half away
 * from zero to `digits` decimals, exactly (no binary floating point): `1.005`, 0, 2 → `"1.01"`.
 */
export const shiftRound = ([, i, f]: Decimal, shift: number, digits: number): string => {
  let all = i + f;
  let point = i.length + shift;
  if (point < 0) {
    all = "0".repeat(-point) + all;
    point = 0;
  }
  const need = point + digits;
  all = all.padEnd(need + 1, "0");
  let kept = all.slice(0, need);
  if (all.charCodeAt(need) > 52) kept = String(BigInt(kept) + 1n).padStart(need, "0");
  const cut = kept.length - digits;
  const int = kept.slice(0, cut).replace(/^0+(?=\d)/, "") || "0";
  return digits ? `${int}.${kept.slice(cut)}` : int;
};

/**
 * Moves the decimal point of `int.frac` (unsigned digits) right by `shift` places (left when
 * negative) and returns the exact value: a number, a bigint for an integer beyond
 * `Number.MAX_SAFE_INTEGER`, or `undefined` for a decimal that no double reads back as written
 * (11111111111111111.5 would come back as 11111111111111112).
 */
export const shiftValue = (
  int: string,
  frac: string,
  shift: number,
): number | bigint | undefined => {
  const all = int + frac;
  const point = int.length + shift;
  if (/^0*$/.test(all.slice(Math.max(point, 0)))) {
    const digits = point > 0 ? all.slice(0, point).padEnd(point, "0") : "0";
    if (point < 16) return +digits;
    const n = BigInt(digits);
    return n > 9007199254740991n ? n : Number(n);
  }
  // Read as the digits times a power of ten, which rounds exactly as the decimal would; exact
  // when the shortest form of the double has the same significant digits.
  const v = Number(`${all}e${shift - frac.length}`);
  const digits = (x: string): string => x.replace(/e.*|\D/g, "").replace(/^0+|0+$/g, "");
  return digits(String(v)) === digits(all) ? v : undefined;
};
