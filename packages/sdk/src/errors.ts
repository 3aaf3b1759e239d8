/**
 * Thrown by {@link loadBulletin} when its input is not JSON: the text does not parse, or bytes
 * are not UTF-8 text. `line` and `column` (1-based) point at the first character that failed.
 *
 * @example
 * ```ts
 * import { BulletinJsonError, loadBulletin } from "@bulletin/sdk";
 * try { loadBulletin('{"schemaVersion": }'); } catch (e) {
 *   if (e instanceof BulletinJsonError) [e.code, e.line, e.column]; //=> ["invalid-json", 1, 19]
 * }
 * ```
 */
export class BulletinJsonError extends Error {
  override readonly name = "BulletinJsonError";
  readonly code = "invalid-json" as const;
  /** 1-based line of the first character that failed. */
  readonly line: number;
  /** 1-based column (UTF-16 code units) of the first character that failed. */
  readonly column: number;

  constructor(
    message: string,
    position: { line: number; column: number },
    options?: { cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.line = position.line;
    this.column = position.column;
  }
}

/**
 * Thrown by {@link validateFeed} when its source is not something it can read (not a
 * `ReadableStream`, an `AsyncIterable`, an `Iterable`, a string or bytes), or when a chunk it
 * yields is neither a string nor bytes. Problems in the feed's content are reported as results,
 * never thrown.
 *
 * @example
 * ```ts
 * import { FeedSourceError, validateFeed } from "@bulletin/sdk";
 * try { for await (const r of validateFeed(42 as never)) void r; } catch (e) {
 *   if (e instanceof FeedSourceError) e.code; //=> "invalid-feed-source"
 * }
 * ```
 */
export class FeedSourceError extends Error {
  override readonly name = "FeedSourceError";
  readonly code = "invalid-feed-source" as const;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
  }
}

/**
 * Thrown by {@link validateFeed} when an option is out of its domain: an unknown `format`, or
 * a `maxRecordLength` that is not a positive integer.
 *
 * @example
 * ```ts
 * import { FeedOptionsError, validateFeed } from "@bulletin/sdk";
 * try { validateFeed("", { format: "csv" as never }); } catch (e) {
 *   if (e instanceof FeedOptionsError) e.code; //=> "invalid-feed-options"
 * }
 * ```
 */
export class FeedOptionsError extends Error {
  override readonly name = "FeedOptionsError";
  readonly code = "invalid-feed-options" as const;
}

/**
 * Bytes that are not UTF-8 text, from {@link decodeUtf8}: where the first byte that does not
 * decode is, as a byte offset (0-based) and as the 1-based line and column of the text before it.
 *
 * @example
 * ```ts
 * import { Utf8Error, decodeUtf8 } from "@bulletin/sdk";
 * try { decodeUtf8(new Uint8Array([0x61, 0xff])); } catch (e) {
 *   if (e instanceof Utf8Error) [e.code, e.byteOffset]; //=> ["invalid-utf8", 1]
 * }
 * ```
 */
export class Utf8Error extends Error {
  override readonly name = "Utf8Error";
  readonly code = "invalid-utf8" as const;
  /** 0-based offset of the first byte that does not decode. */
  readonly byteOffset: number;
  /** 1-based line of that byte. */
  readonly line: number;
  /** 1-based column (UTF-16 code units) of that byte. */
  readonly column: number;

  constructor(
    message: string,
    position: { byteOffset: number; line: number; column: number },
    options?: { cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.byteOffset = position.byteOffset;
    this.line = position.line;
    this.column = position.column;
  }
}
