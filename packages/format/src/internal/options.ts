import { fail } from "./fail";

/** Checks that an option is one of its allowed values (or absent). */
export const oneOf = (
  fn: string,
  name: string,
  value: unknown,
  allowed: readonly unknown[],
): void => {
  if (value !== undefined && !allowed.includes(value)) {
    fail(
      fn,
      "invalid-option",
      [`${name} to be ${allowed.join(" | ")}`, `${name} 为 ${allowed.join(" | ")} 之一`],
      value,
      name,
    );
  }
};

/**
 * Checks that a value typed `number` is one: a string of a million 9s or a bigint is refused
 * (`invalid-number`), never formatted as if it were a number.
 */
export const numberArg = (fn: string, value: number): number =>
  typeof value === "number"
    ? value
    : fail(fn, "invalid-number", ["a number", "数值（number）"], value);

/** Checks `fractionDigits`: an integer 0–20, or absent; returns it or the default. */
export const digitsOption = (fn: string, value: number | undefined, fallback: number): number => {
  const f = value ?? fallback;
  if (!(Number.isInteger(f) && f >= 0 && f <= 20))
    fail(
      fn,
      "invalid-option",
      ["fractionDigits 0–20", "fractionDigits 为 0–20"],
      f,
      "fractionDigits",
    );
  return f;
};
