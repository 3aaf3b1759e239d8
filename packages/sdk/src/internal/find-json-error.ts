import { isJsonSpace } from "./json-text";

enum Expect {
  Value,
  ValueOrClose,
  KeyOrClose,
  Key,
  Colon,
  CommaOrClose,
  End,
}

/**
 * The offset of the first character that makes `text` not JSON (the text's length when it
 * ends too early), or -1 when it is JSON. Engines disagree on whether and how their
 * `JSON.parse` errors say where; this says it the same way everywhere. Iterative, so deep
 * nesting costs no stack. Only run on text that `JSON.parse` has already refused.
 */
export function findJsonError(text: string): number {
  const stack: number[] = [];
  let expect = Expect.Value;
  let i = 0;
  const n = text.length;
  const close = (): void => {
    stack.pop();
    expect = stack.length === 0 ? Expect.End : Expect.CommaOrClose;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isJsonSpace(c)) {
      i++;
      continue;
    }
    if (expect === Expect.End) return i;
    switch (expect) {
      case Expect.Value:
      case Expect.ValueOrClose:
        if (c === 93 && expect === Expect.ValueOrClose) {
          close();
          i++;
        } else if (c === 123) {
          stack.push(125);
          expect = Expect.KeyOrClose;
          i++;
        } else if (c === 91) {
          stack.push(93);
          expect = Expect.ValueOrClose;
          i++;
        } else {
          const end = scalarEnd(text, i);
          if (end < 0) return -end - 1;
          i = end;
          expect = stack.length === 0 ? Expect.End : Expect.CommaOrClose;
        }
        break;
      case Expect.KeyOrClose:
      case Expect.Key:
        if (c === 125 && expect === Expect.KeyOrClose) {
          close();
          i++;
        } else if (c === 34) {
          const end = scalarEnd(text, i);
          if (end < 0) return -end - 1;
          i = end;
          expect = Expect.Colon;
        } else return i;
        break;
      case Expect.Colon:
        if (c !== 58) return i;
        expect = Expect.Value;
        i++;
        break;
      case Expect.CommaOrClose:
        if (c === 44) expect = stack.at(-1) === 125 ? Expect.Key : Expect.Value;
        else if (c === stack.at(-1)) close();
        else return i;
        i++;
        break;
      default:
        return i;
    }
  }
  return expect === Expect.End ? -1 : n;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Where a string, number or literal starting at `i` ends, or `-(offset + 1)` of its error. */
function scalarEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 34) {
    for (let j = i + 1; j < text.length; j++) {
      const d = text.charCodeAt(j);
      if (d === 34) return j + 1;
      if (d < 32) return -(j + 1);
      if (d === 92) {
        const e = text[j + 1];
        if (e === undefined) return -(text.length + 1);
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -(j + 1);
          j += 5;
        } else if ('"\\/bfnrt'.includes(e)) j++;
        else return -(j + 2);
      }
    }
    return -(text.length + 1);
  }
  for (const literal of ["true", "false", "null"]) {
    if (c !== literal.charCodeAt(0)) continue;
    let k = 1;
    while (k < literal.length && text.charCodeAt(i + k) === literal.charCodeAt(k)) k++;
    return k === literal.length ? i + k : -(i + k + 1);
  }
  NUMBER.lastIndex = i;
  if (NUMBER.test(text)) return NUMBER.lastIndex;
  return -(i + 1);
}
