import { FeedSourceError } from "../errors";

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

/** A text chunk and how many units of input (bytes, or UTF-16 code units for strings) it came from. */
export interface TextChunk {
  text: string;
  size: number;
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
export function rawChunks(source: FeedSource): AsyncIterable<unknown> | Iterable<unknown> {
  if (typeof source === "string" || source instanceof Uint8Array) return [source];
  if (typeof source !== "object" || source === null)
    throw new FeedSourceError(
      `validateFeed cannot read a ${source === null ? "null" : typeof source} source: expected a ReadableStream, an AsyncIterable or Iterable of strings or bytes, a string or bytes`,
    );
  if (isReadableStream(source)) return readStream(source);
  if (Symbol.asyncIterator in source || Symbol.iterator in source)
    return source as AsyncIterable<unknown> | Iterable<unknown>;
  throw new FeedSourceError(
    "validateFeed cannot read this object: expected a ReadableStream, an AsyncIterable or Iterable of strings or bytes, a string or bytes",
  );
}

/**
 * Turns any feed source into text chunks. Bytes are decoded as UTF-8 in stream mode (a
 * character split across chunks is kept whole; a byte-order mark at the start is dropped;
 * invalid bytes become U+FFFD).
 */
export async function* toTextChunks(source: FeedSource): AsyncGenerator<TextChunk> {
  const decoder = new TextDecoder("utf-8");
  let decoding = false;
  for await (const chunk of rawChunks(source)) {
    if (typeof chunk === "string") {
      if (decoding) {
        const rest = decoder.decode();
        if (rest) yield { text: rest, size: 0 };
        decoding = false;
      }
      if (chunk.length > 0) yield { text: chunk, size: chunk.length };
    } else if (chunk instanceof Uint8Array) {
      decoding = true;
      const text = decoder.decode(chunk, { stream: true });
      yield { text, size: chunk.byteLength };
    } else if (chunk instanceof ArrayBuffer) {
      decoding = true;
      yield {
        text: decoder.decode(new Uint8Array(chunk), { stream: true }),
        size: chunk.byteLength,
      };
    } else {
      throw new FeedSourceError(
        `validateFeed read a chunk of type ${chunk === null ? "null" : typeof chunk}: expected strings or bytes (Uint8Array)`,
      );
    }
  }
  if (decoding) {
    const rest = decoder.decode();
    if (rest) yield { text: rest, size: 0 };
  }
}
