import { isSpaceOrBom, skipJsonSpace, skipJsonString, skipJsonValue } from "./internal/json-text";

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
  if (node.children.size === 0 || (c !== 123 && c !== 91)) return skipJsonValue(t, i);
  i = skipJsonSpace(t, i + 1);
  let index = 0;
  while (i < t.length) {
    const d = t.charCodeAt(i);
    if (d === 125 || d === 93) return i + 1;
    let child: PathNode | undefined;
    if (c === 123) {
      if (d !== 34) return skipJsonValue(t, i);
      const end = skipJsonString(t, i);
      let name: unknown;
      try {
        name = JSON.parse(t.slice(i, end));
      } catch {
        return end;
      }
      i = skipJsonSpace(t, end);
      if (t.charCodeAt(i) !== 58) return i;
      i = skipJsonSpace(t, i + 1);
      child = typeof name === "string" ? node.children.get(name) : undefined;
    } else child = node.children.get(index);
    index++;
    // A duplicate key: the first one is the one reported (its child is found already).
    i = skipJsonSpace(t, child && child.at === undefined ? walk(t, i, child) : skipJsonValue(t, i));
    if (t.charCodeAt(i) !== 44)
      return t.charCodeAt(i) === 125 || t.charCodeAt(i) === 93 ? i + 1 : i;
    i = skipJsonSpace(t, i + 1);
  }
  return i;
}

/**
 * Where the values at `paths` (JSON paths, as `ValidationIssue.path`) are in JSON text, all in
 * one pass over the value that starts at `options.start` (default: the first value of the
 * text): for each path, the offset (UTF-16 code units) of its value's first character, or of
 * the nearest enclosing value when the path goes on past what the text holds (a missing field
 * points at the object that lacks it). Linear in the length of that value plus the paths. The
 * text must be JSON that `JSON.parse` accepts from `start` on; the CLI uses it to give every
 * issue of `validateFeed` a line and a column.
 *
 * @param text - JSON text (a file, a feed)
 * @param paths - the paths to find
 * @param options - `start`: the offset of the value the paths are in (a record of a feed)
 * @returns one offset per path
 *
 * @example
 * ```ts
 * const text = '{"issue": {"number": 0, "publishedOn": "2025-11-10"}}';
 * locateJsonPaths(text, [["issue", "number"], ["issue", "year"], []]); //=> [21, 10, 0]
 * ```
 */
export function locateJsonPaths(
  text: string,
  paths: readonly (readonly (string | number)[])[],
  options: { start?: number } = {},
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
  let i = options.start ?? 0;
  while (i < text.length && isSpaceOrBom(text.charCodeAt(i))) i++;
  walk(text, i, root);
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
