/** One line of NDJSON, or the fact that a line was longer than allowed (its text is dropped). */
export type LineEvent =
  | { kind: "line"; text: string; line: number }
  | { kind: "too-long"; line: number; length: number };

/**
 * Splits text chunks into lines (LF or CRLF) without holding more than the line in progress:
 * a line longer than `maxLength` is dropped as it streams and reported by its number and length.
 * Line numbers are 1-based; every line is reported, blank ones included.
 */
export class LineSplitter {
  private pieces: string[] = [];
  private pendingLength = 0;
  private skipping = false;
  private lineNumber = 1;

  constructor(private readonly maxLength: number) {}

  /** The lines that `text` completes. */
  *push(text: string): Generator<LineEvent> {
    let start = 0;
    for (;;) {
      const nl = text.indexOf("\n", start);
      if (nl === -1) break;
      yield this.finish(text, start, nl);
      start = nl + 1;
    }
    if (start < text.length) this.hold(text, start);
  }

  /** The last line, when the text does not end with a line break. */
  *end(): Generator<LineEvent> {
    if (this.pendingLength > 0 || this.skipping) yield this.finish("", 0, 0);
  }

  private hold(text: string, start: number): void {
    this.pendingLength += text.length - start;
    if (this.skipping) return;
    if (this.pendingLength > this.maxLength) {
      this.skipping = true;
      this.pieces = [];
      return;
    }
    this.pieces.push(start === 0 ? text : text.slice(start));
  }

  private finish(text: string, start: number, end: number): LineEvent {
    const line = this.lineNumber++;
    const length = this.pendingLength + (end - start);
    let event: LineEvent;
    if (this.skipping || length > this.maxLength) {
      event = { kind: "too-long", line, length };
    } else {
      let lineText =
        this.pieces.length === 0
          ? text.slice(start, end)
          : this.pieces.join("") + text.slice(start, end);
      if (lineText.charCodeAt(lineText.length - 1) === 13) lineText = lineText.slice(0, -1);
      event = { kind: "line", text: lineText, line };
    }
    this.pieces = [];
    this.pendingLength = 0;
    this.skipping = false;
    return event;
  }
}
