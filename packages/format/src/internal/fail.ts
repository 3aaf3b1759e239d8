import { FormatError, type FormatErrorCode } from "../errors";
import { FORMAT_MESSAGES } from "./messages";

/** What a function expected, in English and in Chinese: `["a finite number", "有限的数"]`. */
export type Expected = readonly [en: string, zh: string];

/**
 * Throws a FormatError whose messages (both locales, `message` in zh-CN) say
 * `fn failed (code): expected …, got "input"`, the input cut at 40 chars; `option` names the
 * option at fault (its `path`).
 */
export const fail = (
  fn: string,
  code: FormatErrorCode,
  expected: Expected,
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
  const got = JSON.stringify(s);
  const table = FORMAT_MESSAGES[code];
  const messages = {
    "zh-CN": table["zh-CN"]({ fn, expected: expected[1], got }),
    en: table.en({ fn, expected: expected[0], got }),
  };
  throw new FormatError(code, messages["zh-CN"], {
    messages,
    ...(option === undefined ? {} : { path: [option] }),
  });
};
