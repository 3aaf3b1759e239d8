import { FormatError, type FormatErrorCode } from "../errors";

/**
 * Throws a FormatError: `fn failed (code): expected …, got "input"`, the input cut at 40 chars;
 * `option` names the option at fault (its `path`).
 */
export const fail = (
  fn: string,
  code: FormatErrorCode,
  expected: string,
  input: unknown,
  option?: string,
): never => {
  let s: string;
  try {
    s = typeof input === "object" && input ? JSON.stringify(input) : String(input);
  } catch {
    s = String(input);
  }
  if (s.length > 40) s = `${s.slice(0, 39)}…`;
  throw new FormatError(
    code,
    `${fn} failed (${code}): expected ${expected}, got ${JSON.stringify(s)}`,
    option === undefined ? undefined : { path: [option] },
  );
};
