import { BulletinError } from "@bulletin/format";

/**
 * Thrown by {@link loadBulletin} when its input is not JSON: the text does not parse, or bytes
 * are not UTF-8 text. `line` and `column` (1-based) point at the first character that failed;
 * the message is in the caller's `locale` (`zh-CN` by default).
 *
 * @example
 * ```ts
 * import { BulletinJsonError, loadBulletin } from "@bulletin/sdk";
 * try { loadBulletin('{"schemaVersion": }'); } catch (e) {
 *   if (e instanceof BulletinJsonError) [e.code, e.line, e.column]; //=> ["invalid-json", 1, 19]
 * }
 * ```
 */
export class BulletinJsonError extends BulletinError<"invalid-json"> {
  static override readonly name: string = "BulletinJsonError";
  override readonly name = "BulletinJsonError";
  /** 1-based line of the first character that failed. */
  declare readonly line: number;
  /** 1-based column (UTF-16 code units) of the first character that failed. */
  declare readonly column: number;

  /**
   * @param message - where and why the text is not JSON
   * @param position - the 1-based line and column of the first character that failed
   * @param options - `cause`, where there is one
   */
  constructor(
    message: string,
    position: { line: number; column: number },
    options?: { cause?: unknown },
  ) {
    super("invalid-json", message, {
      line: position.line,
      column: position.column,
      cause: options?.cause,
    });
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
export class FeedSourceError extends BulletinError<"invalid-feed-source"> {
  static override readonly name: string = "FeedSourceError";
  override readonly name = "FeedSourceError";

  /**
   * @param message - what the source is and what was expected
   * @param options - `cause`, where there is one
   */
  constructor(message: string, options?: { cause?: unknown }) {
    super("invalid-feed-source", message, options);
  }
}

/**
 * Thrown by {@link validateFeed} when an option is out of its domain: an unknown `format`, or
 * a `maxRecordLength` that is not a positive integer. Its code is `invalid-option`, the one
 * code of a bad option across the toolkit (it was `invalid-feed-options` before 0.1), and
 * `path` names the option (`["maxRecordLength"]`).
 *
 * @example
 * ```ts
 * import { FeedOptionsError, validateFeed } from "@bulletin/sdk";
 * try { validateFeed("", { format: "csv" as never }); } catch (e) {
 *   if (e instanceof FeedOptionsError) [e.code, e.path]; //=> ["invalid-option", ["format"]]
 * }
 * ```
 */
export class FeedOptionsError extends BulletinError<"invalid-option"> {
  static override readonly name: string = "FeedOptionsError";
  override readonly name = "FeedOptionsError";

  /**
   * @param message - which option, what was expected and what was given
   * @param option - the option at fault (its `path`)
   */
  constructor(message: string, option: string) {
    super("invalid-option", message, { path: [option] });
  }
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
export class Utf8Error extends BulletinError<"invalid-utf8"> {
  static override readonly name: string = "Utf8Error";
  override readonly name = "Utf8Error";
  /** 0-based offset of the first byte that does not decode. */
  readonly byteOffset: number;
  /** 1-based line of that byte. */
  declare readonly line: number;
  /** 1-based column (UTF-16 code units) of that byte. */
  declare readonly column: number;

  /**
   * @param message - where the bytes stop being UTF-8
   * @param position - the byte offset, and the line and column of the text before it
   * @param options - `cause`, where there is one
   */
  constructor(
    message: string,
    position: { byteOffset: number; line: number; column: number },
    options?: { cause?: unknown },
  ) {
    super("invalid-utf8", message, {
      line: position.line,
      column: position.column,
      cause: options?.cause,
    });
    this.byteOffset = position.byteOffset;
  }
}
