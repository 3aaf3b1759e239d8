// Where a JSON path is in the editor's text, so a click on a validation issue can put the
// cursor on the value it names. One forward pass over the tokens with a stack of open
// containers; it stops at the first value whose path is the target, or at the deepest
// enclosing value the text has (a missing field points at the object that lacks it).

export type JsonPath = readonly (string | number)[];

interface Frame {
  /** Object or array. */
  kind: "object" | "array";
  /** The key of the member being read (objects) or the index (arrays). */
  key: string | number;
  /** Whether the path so far (this frame included) is a prefix of the target. */
  onPath: boolean;
}

const STRING = /"(?:[^"\\]|\\.)*"/y;
const SCALAR = /-?[0-9][0-9eE.+-]*|true|false|null/y;

/**
 * The offset of the value at `path` in `text` (valid JSON), or of the nearest enclosing value
 * that the text holds; 0 when even the root is not on the path.
 */
export function offsetOfPath(text: string, path: JsonPath): number {
  const stack: Frame[] = [];
  let best = 0;
  let expectKey = false;
  let i = 0;
  const depthOnPath = (): number => {
    let n = 0;
    while (n < stack.length && stack[n]?.onPath) n++;
    return n;
  };
  const startValue = (at: number): boolean => {
    // Called where a value starts: is it the target, or on the way to it?
    const depth = depthOnPath();
    if (depth === stack.length) {
      best = at;
      if (depth === path.length) return true;
    }
    return false;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === " " || c === "\n" || c === "\r" || c === "\t" || c === "\ufeff" || c === ":") {
      i++;
      continue;
    }
    if (c === ",") {
      const top = stack.at(-1);
      if (top?.kind === "array" && typeof top.key === "number") {
        top.key += 1;
        top.onPath = isOnPath(stack, path);
      } else if (top?.kind === "object") expectKey = true;
      i++;
      continue;
    }
    if (c === "}" || c === "]") {
      stack.pop();
      i++;
      continue;
    }
    if (c === '"' && expectKey) {
      STRING.lastIndex = i;
      const match = STRING.exec(text);
      const end = match ? STRING.lastIndex : text.length;
      const top = stack.at(-1);
      if (top && match) {
        top.key = JSON.parse(match[0]) as string;
        top.onPath = isOnPath(stack, path);
      }
      expectKey = false;
      i = end;
      continue;
    }
    if (startValue(i)) return i;
    if (c === "{" || c === "[") {
      const kind = c === "{" ? "object" : "array";
      const frame: Frame = { kind, key: kind === "array" ? 0 : "", onPath: false };
      stack.push(frame);
      if (kind === "array") frame.onPath = isOnPath(stack, path);
      expectKey = kind === "object";
      i++;
      // An empty array has no element 0.
      if (kind === "array" && /^\s*\]/.test(text.slice(i, i + 64))) frame.onPath = false;
      continue;
    }
    const re = c === '"' ? STRING : SCALAR;
    re.lastIndex = i;
    i = re.exec(text) ? re.lastIndex : i + 1;
  }
  return best;
}

function isOnPath(stack: readonly Frame[], path: JsonPath): boolean {
  if (stack.length > path.length) return false;
  for (let d = 0; d < stack.length; d++) {
    if (stack[d]?.key !== path[d]) return false;
  }
  return true;
}

/** 1-based line and column (UTF-16 units) of `offset` in `text`. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The offset of 1-based `line` and `column` in `text`. */
export function offsetOfLine(text: string, line: number, column = 1): number {
  let offset = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf("\n", offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + column - 1);
}
