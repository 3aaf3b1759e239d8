// The sdk's one lexical layer for JSON text: what is whitespace, and how strings and values are
// skipped. findJsonError, JsonScanner, validateFeed and locateJsonPaths (which the CLI uses)
// all read JSON text through it, so they agree about every character.

/**
 * JSON whitespace, as RFC 8259 and `JSON.parse` define it: space, tab, line feed, carriage
 * return. U+FEFF is not whitespace: it is a byte-order mark, see {@link isSpaceOrBom}.
 */
export function isJsonSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/**
 * JSON whitespace or a byte-order mark (U+FEFF): what is skipped between records of a feed,
 * where a file, a line or a record may start with a BOM (an editor's or a concatenation's).
 * Never inside a record: there `JSON.parse` decides, and it refuses U+FEFF.
 */
export function isSpaceOrBom(c: number): boolean {
  return isJsonSpace(c) || c === 0xfeff;
}

/** The offset of the first character at or after `i` that is not JSON whitespace. */
export function skipJsonSpace(t: string, i: number): number {
  while (i < t.length && isJsonSpace(t.charCodeAt(i))) i++;
  return i;
}

/** The offset just past the string whose opening quote is at `i` (the text's end if unclosed). */
export function skipJsonString(t: string, i: number): number {
  for (i++; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34) return i + 1;
  }
  return i;
}

/** The offset just past the value that starts at `i`, in text `JSON.parse` has accepted. */
export function skipJsonValue(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c === 34) return skipJsonString(t, i);
  if (c === 123 || c === 91) {
    let depth = 0;
    while (i < t.length) {
      const d = t.charCodeAt(i);
      if (d === 34) {
        i = skipJsonString(t, i);
        continue;
      }
      if (d === 123 || d === 91) depth++;
      else if (d === 125 || d === 93) {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return i;
  }
  while (i < t.length) {
    const d = t.charCodeAt(i);
    if (d === 44 || d === 93 || d === 125 || isJsonSpace(d)) return i;
    i++;
  }
  return i;
}
