/** C0 and C1 control characters, DEL included (tab and newline too: a message is one line). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** `\u001b` for ESC: a control character written so that a terminal shows it and obeys nothing. */
export const escapeControl = (c: string): string =>
  `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** Text with every control character written as `\uXXXX`. */
export const escapeControls = (s: string): string => s.replace(CONTROL, escapeControl);

/**
 * Quotes a value for a message, truncated so that a 10 MB string stays a short message, with
 * control characters (C1 and DEL too, which JSON.stringify leaves raw) written as `\uXXXX`.
 */
export function quote(value: unknown, max = 40): string {
  let s: string;
  if (typeof value === "string") s = value;
  else if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value);
  else if (value === null) return "null";
  else if (value === undefined) return "undefined";
  else if (Array.isArray(value)) return `array(${value.length})`;
  else return "object";
  if (s.length > max) s = `${s.slice(0, max)}…(${s.length} chars)`;
  return escapeControls(JSON.stringify(s));
}

/** The JSON type name of a value, as messages name it. */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  return typeof value;
}
