import { shiftRound, toDecimal } from "./decimal";

/**
 * Writes |ratio| × 100 rounded half away from zero to `digits` decimals, exactly:
 * `(0.1005, 1)` → `"10.1"`. The second value says whether the rounded value is zero.
 */
export const percentDigits = (fn: string, ratio: number, digits: number): [string, boolean] => {
  const s = shiftRound(toDecimal(fn, ratio)[1], 2, digits);
  return [s, !/[1-9]/.test(s)];
};

/** Reads a signed decimal written in a percent (`-24.85`) as a ratio (`-0.2485`), exactly. */
export const ratioOf = (sign: string, digits: string): number => {
  const [i = "", f = ""] = digits.split(".");
  const v = Number(`${i.length > 2 ? i.slice(0, -2) : "0"}.${i.padStart(2, "0").slice(-2)}${f}`);
  return sign === "-" && v ? -v : v;
};
