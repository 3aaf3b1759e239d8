import { findJsonError } from "./find-json-error";

/** Where `JSON.parse` failed in a text, and the engine's reason without its position. */
export interface JsonErrorPosition {
  /** 0-based offset into the text. */
  offset: number;
  detail: string;
}

/**
 * Where `text` stops being JSON (found by our own scan, the same in every engine), with the
 * reason `JSON.parse` gave, stripped of the position wording that differs between engines.
 */
export function jsonErrorPosition(error: unknown, text: string): JsonErrorPosition {
  const message = error instanceof Error ? error.message : String(error);
  const detail = message
    .replace(/\s*\(line \d+ column \d+\)/, "")
    .replace(/\s+in JSON at position \d+/, "")
    .replace(/\s+at line \d+ column \d+ of the JSON data/, "")
    .replace(/^JSON\.parse: /, "")
    .slice(0, 200);
  const offset = findJsonError(text);
  return { offset: offset === -1 ? 0 : offset, detail };
}

/** The 1-based line and column of `offset` in `text`, counted from `start` (the text's own start). */
export function lineColumnAt(
  text: string,
  offset: number,
  start: { line: number; column: number },
): { line: number; column: number } {
  let line = start.line;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: line === start.line ? start.column + offset : offset - lineStart + 1 };
}
