import { isSpaceOrBom } from "./json-text";

/** What {@link JsonScanner} finds, in document order. Positions are 1-based. */
export type ScanEvent =
  | { kind: "record"; text: string; line: number; column: number }
  | { kind: "member"; key: string; text: string; line: number; column: number }
  | { kind: "start"; line: number; column: number }
  | { kind: "records-start"; line: number; column: number }
  | {
      kind: "too-long";
      record: boolean;
      key?: string;
      line: number;
      column: number;
      length: number;
    }
  | {
      kind: "syntax";
      expected: string;
      found: string;
      line: number;
      column: number;
      fatal: boolean;
    };

enum State {
  Root,
  RecordFirst,
  RecordNext,
  RecordAfter,
  ObjectFirst,
  ObjectKey,
  ObjectColon,
  ObjectValue,
  ObjectAfter,
  Done,
  Failed,
}

enum Target {
  Record,
  Member,
  Key,
}

const MAX_KEY_LENGTH = 10_000;

function describe(c: number): string {
  return c === 10 ? "a line break" : JSON.stringify(String.fromCharCode(c));
}

/**
 * A streaming scanner for one JSON document whose records are the elements of an array: the
 * root array (`root: "array"`), or the `items` array of a root object (`root: "object"`; the
 * other members of that object are reported one by one). It never builds the document: it
 * tracks strings, escapes and nesting to find where each record starts and ends, and hands
 * back the record's text alone (or only its length when longer than `maxLength`), so memory
 * stays bounded by one record whatever the size of the document.
 */
export class JsonScanner {
  private state: State = State.Root;
  private base = 0;
  private line = 1;
  private lineStart = 0;
  private inItems = false;
  private key = "";

  private capturing = false;
  private target: Target = Target.Record;
  /** The closing bracket each open `{`/`[` of the record being captured expects, innermost last. */
  private closers: number[] = [];
  private inString = false;
  private escape = false;
  private scalar = false;
  private pieces: string[] = [];
  private length = 0;
  private overflow = false;
  private start = 0;
  private startLine = 0;
  private startColumn = 0;

  constructor(
    private readonly root: "array" | "object",
    private readonly maxLength: number,
  ) {}

  /** Scans the next chunk of the document. */
  *push(text: string): Generator<ScanEvent> {
    if (this.state === State.Failed) return;
    this.start = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        this.line++;
        this.lineStart = this.base + i + 1;
      }
      if (this.capturing) {
        if (this.inString) {
          if (this.escape) this.escape = false;
          else if (c === 92) this.escape = true;
          else if (c === 34) {
            this.inString = false;
            if (this.closers.length === 0) yield* this.finish(text, i + 1);
          }
          continue;
        }
        if (this.scalar) {
          if (!(isSpaceOrBom(c) || c === 44 || c === 93 || c === 125)) continue;
          yield* this.finish(text, i);
          // The delimiter is read again below as structure.
        } else {
          if (c === 34) this.inString = true;
          else if (c === 123) this.closers.push(125);
          else if (c === 91) this.closers.push(93);
          else if (c === 125 || c === 93) {
            // A bracket that does not match the innermost open one closes the nearest one it
            // does match (the record is bad JSON either way, and parsing it reports where);
            // one that matches none ends the record before it and is read again as structure,
            // so that a wrong bracket never swallows the records after it.
            const open = this.closers.lastIndexOf(c);
            if (open !== -1) {
              this.closers.length = open;
              if (open === 0) yield* this.finish(text, i + 1);
              continue;
            }
            yield* this.finish(text, i);
          }
          if (this.capturing) continue;
        }
      }
      if (isSpaceOrBom(c)) continue;
      yield* this.structure(c, text, i);
      if (this.failed()) return;
    }
    if (this.capturing) {
      const rest = n - this.start;
      this.length += rest;
      if (!this.overflow && this.length > this.limit()) {
        this.overflow = true;
        this.pieces = [];
      }
      if (!this.overflow && rest > 0)
        this.pieces.push(this.start === 0 ? text : text.slice(this.start));
    }
    this.base += n;
  }

  /** Reports a record cut off by the end of the input and what the document still lacked. */
  *end(): Generator<ScanEvent> {
    if (this.state === State.Failed) return;
    const here = { line: this.line, column: this.base - this.lineStart + 1 };
    if (this.capturing) {
      const complete = this.scalar;
      this.start = 0;
      // A record cut off by the end of the input is reported once, as that record's invalid
      // JSON (the record counts, and nothing after it can follow).
      yield* this.finish("", 0);
      if (!complete) return;
    }
    if (this.state !== State.Done)
      yield {
        kind: "syntax",
        expected: this.expected(),
        found: "the end of the input",
        ...here,
        fatal: true,
      };
  }

  private failed(): boolean {
    return this.state === State.Failed;
  }

  private limit(): number {
    return this.target === Target.Key ? MAX_KEY_LENGTH : this.maxLength;
  }

  private expected(): string {
    switch (this.state) {
      case State.Root:
        return this.root === "array" ? '"["' : '"{"';
      case State.RecordFirst:
        return 'a record or "]"';
      case State.RecordNext:
        return "a record";
      case State.RecordAfter:
        return '"," or "]"';
      case State.ObjectFirst:
        return 'a key or "}"';
      case State.ObjectKey:
        return "a key";
      case State.ObjectColon:
        return '":"';
      case State.ObjectValue:
        return "a value";
      case State.ObjectAfter:
        return '"," or "}"';
      default:
        return "nothing more";
    }
  }

  private *structure(c: number, text: string, i: number): Generator<ScanEvent> {
    const line = this.line;
    const column = this.base + i - this.lineStart + 1;
    const fail = (fatal: boolean): ScanEvent => {
      const event: ScanEvent = {
        kind: "syntax",
        expected: this.expected(),
        found: describe(c),
        line,
        column,
        fatal,
      };
      if (fatal) this.state = State.Failed;
      return event;
    };
    switch (this.state) {
      case State.Root:
        if (this.root === "array" && c === 91) this.state = State.RecordFirst;
        else if (this.root === "object" && c === 123) this.state = State.ObjectFirst;
        else {
          yield fail(true);
          return;
        }
        yield { kind: "start", line, column };
        return;
      case State.RecordFirst:
      case State.RecordNext:
      case State.RecordAfter:
        if (c === 93) {
          if (this.state === State.RecordNext) yield fail(false);
          this.state = this.inItems ? State.ObjectAfter : State.Done;
          this.inItems = false;
        } else if (c === 44) {
          if (this.state === State.RecordAfter) this.state = State.RecordNext;
          else yield fail(false);
        } else if (c === 125 || c === 58) yield fail(true);
        else {
          if (this.state === State.RecordAfter) yield fail(false);
          this.begin(Target.Record, c, text, i, line, column);
        }
        return;
      case State.ObjectFirst:
      case State.ObjectKey:
        if (c === 125 && this.state === State.ObjectFirst) this.state = State.Done;
        else if (c === 34) this.begin(Target.Key, c, text, i, line, column);
        else yield fail(true);
        return;
      case State.ObjectColon:
        if (c === 58) this.state = State.ObjectValue;
        else yield fail(true);
        return;
      case State.ObjectValue:
        if (c === 44 || c === 93 || c === 125 || c === 58) yield fail(true);
        else if (c === 91 && this.key === "items") {
          this.inItems = true;
          this.state = State.RecordFirst;
          yield { kind: "records-start", line, column };
        } else this.begin(Target.Member, c, text, i, line, column);
        return;
      case State.ObjectAfter:
        if (c === 44) this.state = State.ObjectKey;
        else if (c === 125) this.state = State.Done;
        else yield fail(true);
        return;
      default:
        yield fail(true);
    }
  }

  private begin(
    target: Target,
    c: number,
    _text: string,
    i: number,
    line: number,
    column: number,
  ): void {
    this.capturing = true;
    this.target = target;
    this.start = i;
    this.startLine = line;
    this.startColumn = column;
    this.pieces = [];
    this.length = 0;
    this.overflow = false;
    this.escape = false;
    this.inString = c === 34;
    this.scalar = !(c === 34 || c === 123 || c === 91);
    this.closers = c === 123 ? [125] : c === 91 ? [93] : [];
  }

  private *finish(text: string, end: number): Generator<ScanEvent> {
    this.capturing = false;
    const length = this.length + (end - this.start);
    const position = { line: this.startLine, column: this.startColumn };
    const target = this.target;
    let value: string | undefined;
    if (!this.overflow && length <= this.limit())
      value =
        this.pieces.length === 0
          ? text.slice(this.start, end)
          : this.pieces.join("") + text.slice(this.start, end);
    this.pieces = [];
    this.start = end;
    if (target === Target.Key) {
      this.state = State.ObjectColon;
      let key: unknown;
      try {
        key = value === undefined ? undefined : JSON.parse(value);
      } catch {
        key = undefined;
      }
      if (typeof key !== "string") {
        this.state = State.Failed;
        yield {
          kind: "syntax",
          expected: "a key (a JSON string)",
          found: "an invalid key",
          ...position,
          fatal: true,
        };
        return;
      }
      this.key = key;
      return;
    }
    if (target === Target.Record) this.state = State.RecordAfter;
    else this.state = State.ObjectAfter;
    if (value === undefined) {
      yield {
        kind: "too-long",
        record: target === Target.Record,
        ...(target === Target.Member ? { key: this.key } : {}),
        ...position,
        length,
      };
    } else if (target === Target.Record) yield { kind: "record", text: value, ...position };
    else yield { kind: "member", key: this.key, text: value, ...position };
  }
}
