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

/** The paths to find below one value: its children by key, and which paths end here. */
interface PathNode {
  children: Map<string | number, PathNode>;
  ends: number[];
  /** Offset of the value's first character, once the scan has found it. */
  at?: number;
}

const newNode = (): PathNode => ({ children: new Map(), ends: [] });

/**
 * Walks the value at `i` (at `node`), entering only the members some path goes on to; returns
 * the offset just past the value. Each character of the text is read at most once or twice
 * (once by the walk, once more only by `skipValue` for a member no path enters).
 */
function walk(t: string, i: number, node: PathNode): number {
  node.at = i;
  const c = t.charCodeAt(i);
  if (node.children.size === 0 || (c !== 123 && c !== 91)) return skipValue(t, i);
  i = skipSpace(t, i + 1);
  let index = 0;
  while (i < t.length) {
    const d = t.charCodeAt(i);
    if (d === 125 || d === 93) return i + 1;
    let child: PathNode | undefined;
    if (c === 123) {
      if (d !== 34) return skipValue(t, i);
      const end = skipString(t, i);
      let name: unknown;
      try {
        name = JSON.parse(t.slice(i, end));
      } catch {
        return end;
      }
      i = skipSpace(t, end);
      if (t.charCodeAt(i) !== 58) return i;
      i = skipSpace(t, i + 1);
      child = typeof name === "string" ? node.children.get(name) : undefined;
    } else child = node.children.get(index);
    index++;
    // A duplicate key: the first one is the one reported (its child is found already).
    i = skipSpace(t, child && child.at === undefined ? walk(t, i, child) : skipValue(t, i));
    if (t.charCodeAt(i) !== 44)
      return t.charCodeAt(i) === 125 || t.charCodeAt(i) === 93 ? i + 1 : i;
    i = skipSpace(t, i + 1);
  }
  return i;
}

/**
 * Where the values at `paths` are in the JSON text of a record that starts at `start`, all in
 * one pass over the record: for each path, the offset of its value's first character, or of
 * the nearest enclosing value when the path goes on past what the text holds (a missing field
 * points at the object that lacks it). Linear in the length of the record plus the paths.
 */
export function locateJsonPaths(
  t: string,
  start: number,
  paths: readonly (readonly (string | number)[])[],
): number[] {
  const root = newNode();
  paths.forEach((path, k) => {
    let node = root;
    for (const key of path) {
      let child = node.children.get(key);
      if (!child) {
        child = newNode();
        node.children.set(key, child);
      }
      node = child;
    }
    node.ends.push(k);
  });
  walk(t, skipSpace(t, start), root);
  return paths.map((path) => {
    let node = root;
    let at = root.at as number;
    for (const key of path) {
      const child = node.children.get(key);
      if (child?.at === undefined) break;
      node = child;
      at = child.at;
    }
    return at;
  });
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
