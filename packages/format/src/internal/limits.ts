import { fail } from "./fail";

/**
 * Checks that the unsigned decimal `int.frac` is at most 10^20 (一万亿亿), the largest value the
 * 万/亿 grouping of {@link integerToChinese} writes, by its ceiling: `int`, plus one for any
 * decimals that are not zero.
 */
export const checkMagnitude = (fn: string, int: string, frac: string, input: unknown): void => {
  if (BigInt(int) + BigInt(/[1-9]/.test(frac)) > 10n ** 20n) {
    fail(fn, "out-of-range", ["a magnitude of at most 10^20", "绝对值不超过 10^20"], input);
  }
};
