import { shiftRound, toDecimal } from "./decimal";
import { numberArg } from "./options";

/**
 * Writes |ratio| × 100 rounded half away from zero to `digits` decimals, exactly:
 * `(0.1005, 1)` → `"10.1"`.
 */
export const percentDigits = (fn: string, ratio: number, digits: number): string =>
  shiftRound(toDecimal(fn, numberArg(fn, ratio)), 2, digits);

/**
 * Reads a signed decimal written in a percent (`-24.85`) as a ratio (`-0.2485`), exactly: the
 * digits read with an exponent round as the moved decimal would.
 */
export const ratioOf = (sign: string, digits: string): number => {
  const v = Number(`${digits}e-2`);
  return sign === "-" && v ? -v : v;
};
