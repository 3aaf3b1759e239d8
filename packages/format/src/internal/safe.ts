import { FormatError } from "../errors";
import type { SafeParseResult } from "../safe-parse-result";

/** Runs a throwing parser and returns its value or its FormatError as data. */
export const safe = <T, O>(
  parse: (text: string, options?: O) => T,
  text: string,
  options?: O,
): SafeParseResult<T> => {
  try {
    return { success: true, data: parse(text, options) };
  } catch (error) {
    if (error instanceof FormatError) return { success: false, error };
    throw error;
  }
};
