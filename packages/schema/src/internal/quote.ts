/** Quotes a value for a message, truncated so that a 10 MB string stays a short message. */
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
  return JSON.stringify(s);
}

/** The JSON type name of a value, as messages name it. */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  return typeof value;
}
