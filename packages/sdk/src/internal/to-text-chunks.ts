import type { Locale } from "@bulletin/schema";
import { FeedSourceError } from "../errors";
import { feedErrorMessage } from "./feed-messages";
import { invalidUtf8At, sequenceStart } from "./utf8";

/**
 * What {@link validateFeed} reads: a web `ReadableStream`, a Node `Readable` or any (async)
 * iterable of strings or bytes, or a whole string or byte array.
 *
 * @example
 * ```ts
 * validateFeed(createReadStream("feed.ndjson")); // a Node Readable
 * validateFeed((await fetch(url)).body!);        // a web ReadableStream
 * ```
 */
export type FeedSource =
  | ReadableStream<Uint8Array | string>
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>
  | Uint8Array
  | string;

/**
 * A text chunk and how many units of input (bytes, or UTF-16 code units for strings) it came
 * from. `invalidAt` marks the last chunk of input that is not UTF-8: the byte offset (counted
 * over all byte chunks) of the first byte that does not decode; `text` holds what came before.
 */
export interface TextChunk {
  text: string;
  size: number;
  invalidAt?: number;
}

function isReadableStream(value: unknown): value is ReadableStream<Uint8Array | string> {
  return typeof (value as { getReader?: unknown }).getReader === "function";
}

/** Reads a web stream with its reader, so browsers without async-iterable streams work too. */
async function* readStream(
  stream: ReadableStream<Uint8Array | string>,
): AsyncGenerator<Uint8Array | string> {
  const reader = stream.getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/** The chunks of a source, before decoding; throws at once for a source it cannot read. */
export function rawChunks(
  source: FeedSource,
  locale: Locale,
): AsyncIterable<unknown> | Iterable<unknown> {
  if (typeof source === "string" || source instanceof Uint8Array) return [source];
  if (typeof source !== "object" || source === null)
    throw new FeedSourceError(feedErrorMessage("invalid-feed-source", { source }, locale));
  if (isReadableStream(source)) return readStream(source);
  if (Symbol.asyncIterator in source || Symbol.iterator in source)
    return source as AsyncIterable<unknown> | Iterable<unknown>;
  throw new FeedSourceError(feedErrorMessage("invalid-feed-source", { source }, locale));
}

/**
 * Decodes byte chunks strictly, in stream mode (a character split across chunks is kept whole;
 * a byte-order mark at the start is dropped). The native decoder does the work; only when it
 * fails are the last bytes of the chunk before and this chunk scanned, to find the offset.
 */
class StrictDecoder {
  private decoder = new TextDecoder("utf-8", { fatal: true });
  /** Bytes decoded before the current chunk. */
  private offset = 0;
  /** The last (up to 3) bytes of the chunk before: a character may have begun there. */
  private tail = new Uint8Array(0);
  active = false;

  push(bytes: Uint8Array): TextChunk {
    this.active = true;
    try {
      const text = this.decoder.decode(bytes, { stream: true });
      this.advance(bytes);
      return { text, size: bytes.byteLength };
    } catch {
      return this.locate(bytes, false);
    }
  }

  end(): TextChunk | undefined {
    this.active = false;
    try {
      const text = this.decoder.decode();
      return text ? { text, size: 0 } : undefined;
    } catch {
      return this.locate(new Uint8Array(0), true);
    }
  }

  private advance(bytes: Uint8Array): void {
    const joined = new Uint8Array(this.tail.length + bytes.length);
    joined.set(this.tail);
    joined.set(bytes, this.tail.length);
    this.tail = joined.subarray(Math.max(0, joined.length - 3)).slice();
    this.offset += bytes.length;
  }

  /** The text before the first bad byte of `tail + bytes`, and its offset in the whole input. */
  private locate(bytes: Uint8Array, final: boolean): TextChunk {
    const joined = new Uint8Array(this.tail.length + bytes.length);
    joined.set(this.tail);
    joined.set(bytes, this.tail.length);
    const base = this.offset - this.tail.length;
    const start = base === 0 ? 0 : sequenceStart(joined);
    let bad = invalidUtf8At(joined, start, final);
    if (bad === -1) bad = joined.length;
    // The tail's whole characters went out with the chunk before; a character it began did not.
    let from = start;
    while (from < this.tail.length) {
      const length = sequenceLength(joined[from] as number);
      if (from + length > this.tail.length) break;
      from += length;
    }
    const decoder = new TextDecoder("utf-8", { ignoreBOM: base + from > 0 });
    this.active = false;
    return {
      text: bad > from ? decoder.decode(joined.subarray(from, bad)) : "",
      size: bytes.byteLength,
      invalidAt: base + bad,
    };
  }
}

/** How many bytes a UTF-8 sequence with this lead byte takes (1 for a byte that leads none). */
function sequenceLength(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
}

/**
 * Turns any feed source into text chunks. Bytes are decoded as UTF-8 in stream mode (a
 * character split across chunks is kept whole; a byte-order mark at the start is dropped);
 * at the first byte that is not UTF-8 a chunk with `invalidAt` ends the stream.
 */
export async function* toTextChunks(source: FeedSource, locale: Locale): AsyncGenerator<TextChunk> {
  const decoder = new StrictDecoder();
  for await (const chunk of rawChunks(source, locale)) {
    if (typeof chunk === "string") {
      if (decoder.active) {
        const rest = decoder.end();
        if (rest) yield rest;
        if (rest?.invalidAt !== undefined) return;
      }
      if (chunk.length > 0) yield { text: chunk, size: chunk.length };
    } else if (chunk instanceof Uint8Array || chunk instanceof ArrayBuffer) {
      const out = decoder.push(chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk));
      yield out;
      if (out.invalidAt !== undefined) return;
    } else {
      throw new FeedSourceError(feedErrorMessage("invalid-feed-source", { chunk }, locale));
    }
  }
  if (decoder.active) {
    const rest = decoder.end();
    if (rest) yield rest;
  }
}
