/** Bounds that keep hostile input from costing unbounded time or memory. */
export const LIMITS = {
  /** Longest id, unit or short label. */
  shortText: 200,
  /** Longest title (publication, section, item, quoted title). */
  title: 1_000,
  /** Longest single run of paragraph text. */
  text: 100_000,
  /** Deepest nesting of plain JSON accepted anywhere (extensions included). */
  depth: 64,
  /** Most columns or rows one table cell may span. */
  span: 1_000,
  /** Largest absolute metric value (integers stay exact in a double). */
  value: Number.MAX_SAFE_INTEGER,
} as const;

/** Control characters that text may not hold: C0 (but tab and newline), DEL and C1. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
export const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
