function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff;
}

function skipSpace(t: string, i: number): number {
  while (i < t.length && isSpace(t.charCodeAt(i))) i++;
  return i;
}

function skipString(t: string, i: number): number {
  for (i++; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34) return i + 1;
  }
  return i;
}

function skipValue(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c === 34) return skipString(t, i);
  if (c === 123 || c === 91) {
    let depth = 0;
    while (i < t.length) {
      const d = t.charCodeAt(i);
      if (d === 34) {
        i = skipString(t, i);
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
    if (d === 44 || d === 93 || d === 125 || isSpace(d)) return i;
    i++;
  }
  return i;
}

/**
 * Where the value at `path` is in the JSON text of a record that starts at `start`: the
 * offset of its first character, or of the nearest enclosing value when the path goes on past
 * what the text holds (a missing field points at the object that lacks it).
 */
export function locateJsonPath(
  t: string,
  start: number,
  path: readonly (string | number)[],
): number {
  let i = skipSpace(t, start);
  for (const key of path) {
    const here = i;
    const c = t.charCodeAt(i);
    if (typeof key === "number") {
      if (c !== 91) return here;
      i = skipSpace(t, i + 1);
      for (let k = 0; k < key; k++) {
        if (t.charCodeAt(i) === 93) return here;
        i = skipSpace(t, skipValue(t, i));
        if (t.charCodeAt(i) !== 44) return here;
        i = skipSpace(t, i + 1);
      }
      if (t.charCodeAt(i) === 93 || i >= t.length) return here;
      continue;
    }
    if (c !== 123) return here;
    i = skipSpace(t, i + 1);
    let found = false;
    while (t.charCodeAt(i) === 34) {
      const end = skipString(t, i);
      let name: unknown;
      try {
        name = JSON.parse(t.slice(i, end));
      } catch {
        return here;
      }
      i = skipSpace(t, end);
      if (t.charCodeAt(i) !== 58) return here;
      i = skipSpace(t, i + 1);
      if (name === key) {
        found = true;
        break;
      }
      i = skipSpace(t, skipValue(t, i));
      if (t.charCodeAt(i) !== 44) break;
      i = skipSpace(t, i + 1);
    }
    if (!found) return here;
  }
  return i;
}

/** Offsets of the starts of the lines of `text`, for turning offsets into lines and back. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line and column of an offset. */
export function positionOf(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}
