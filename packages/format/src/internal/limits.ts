import { fail } from "./fail";

/**
 * Checks that an unsigned plain decimal is at most 10^20 (一万亿亿), the largest value the
 * 万/亿 grouping of {@link integerToChinese} writes.
 */
export const checkMagnitude = (fn: string, int: string, frac: string, input: unknown): void => {
  if (int.length > 21 || (int.length === 21 && (int > "1".padEnd(21, "0") || /[1-9]/.test(frac)))) {
    fail(fn, "out-of-range", "a magnitude of at most 10^20", input);
  }
};
