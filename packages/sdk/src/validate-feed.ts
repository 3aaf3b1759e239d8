import { localeOf } from "@bulletin/format";
import {
  type Locale,
  type ValidateBulletinOptions,
  type ValidationMode,
  validateBulletin,
} from "@bulletin/schema";
import { FeedOptionsError } from "./errors";
import type { FeedIssue, FeedRecordResult } from "./feed-record-result";
import { feedErrorMessage, feedIssue } from "./internal/feed-messages";
import { jsonErrorPosition, lineColumnAt } from "./internal/json-error-position";
import { JsonScanner, type ScanEvent } from "./internal/json-scanner";
import { isSpaceOrBom } from "./internal/json-text";
import { type LineEvent, LineSplitter } from "./internal/line-splitter";
import { type FeedSource, rawChunks, toTextChunks } from "./internal/to-text-chunks";

export type { FeedSource } from "./internal/to-text-chunks";

/**
 * How a feed is laid out: one bulletin per line (`ndjson`), a JSON array of bulletins
 * (`json-array`), a JSON document `{ version, title, items: Bulletin[] }` (`feed`), or `auto`:
 * `[` starts an array, a first line that is a whole JSON value starts NDJSON, anything else is
 * read as a document (a feed, or one bulletin when it has no `items`).
 *
 * @example
 * ```ts
 * const format: FeedFormat = "json-array";
 * const ok: boolean[] = [];
 * for await (const result of validateFeed(JSON.stringify([issue9, issue9]), { format })) ok.push(result.ok);
 * ok; //=> [true, true]
 * ```
 */
export type FeedFormat = "ndjson" | "json-array" | "feed" | "auto";

/**
 * How far {@link validateFeed} has read, as given to `onProgress`.
 *
 * @example
 * ```ts
 * const seen: FeedProgress[] = [];
 * await summarizeFeed(validateFeed("not json\n{}\n", { onProgress: (progress) => seen.push(progress) }));
 * seen.at(-1); //=> { records: 2, invalid: 2, bytes: 12 }
 * ```
 */
export interface FeedProgress {
  /** Records validated so far. */
  records: number;
  /** Of those, records with an error. */
  invalid: number;
  /** Input read so far: bytes for byte sources, UTF-16 code units for string sources. */
  bytes: number;
}

/**
 * Options of {@link validateFeed}.
 *
 * @example
 * ```ts
 * const options: ValidateFeedOptions = {
 *   format: "auto",
 *   locale: "en",
 *   signal: AbortSignal.timeout(10_000),
 *   maxRecordLength: 1_000_000,
 * };
 * const summary = await summarizeFeed(validateFeed(`${JSON.stringify(issue9)}\n`, options));
 * [summary.records, summary.valid]; //=> [1, 1]
 * ```
 */
export interface ValidateFeedOptions {
  /** Layout of the feed; `ndjson` by default. */
  format?: FeedFormat;
  /** Language of the messages: `zh-CN` (default) or `en`. */
  locale?: Locale;
  /** `strict` (default) rejects unknown keys; `passthrough` keeps them. */
  mode?: ValidationMode;
  /** Change the severity of a lint rule, or turn it `off`. */
  rules?: ValidateBulletinOptions["rules"];
  /** Also run the text rules of `lintBulletin` (GB/T 15834 / 15835); off by default. */
  textRules?: boolean;
  /** Stops reading: the iteration throws the signal's reason and the source is released. */
  signal?: AbortSignal;
  /** Called after each chunk of input is processed. */
  onProgress?: (progress: FeedProgress) => void;
  /**
   * Longest record accepted, in UTF-16 code units (64 MiB by default). A longer record is
   * skipped as it streams and reported as `record-too-long`; memory never holds more.
   */
  maxRecordLength?: number;
}

const FORMATS: readonly FeedFormat[] = ["ndjson", "json-array", "feed", "auto"];
const DEFAULT_MAX_RECORD_LENGTH = 64 * 1024 * 1024;

interface Context {
  locale: Locale;
  validate: ValidateBulletinOptions;
  maxLength: number;
  index: number;
  invalid: number;
}

/** A layout-specific reader: text in, results out. */
interface Processor {
  push(text: string): Iterable<FeedRecordResult>;
  end(): Iterable<FeedRecordResult>;
}

function record(
  ctx: Context,
  issues: FeedIssue[],
  position: { line: number; column: number },
): FeedRecordResult {
  const ok = !issues.some((i) => i.severity === "error");
  if (!ok) ctx.invalid++;
  return { index: ctx.index++, line: position.line, column: position.column, ok, issues };
}

/** Parses and validates the text of one record. */
function checkRecord(
  ctx: Context,
  text: string,
  position: { line: number; column: number },
): FeedRecordResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { offset, detail } = jsonErrorPosition(error, text);
    const at = lineColumnAt(text, offset, position);
    return record(ctx, [feedIssue("invalid-json", [], { ...at, detail }, ctx.locale)], position);
  }
  return checkValue(ctx, value, position);
}

function checkValue(
  ctx: Context,
  value: unknown,
  position: { line: number; column: number },
): FeedRecordResult {
  const result = validateBulletin(value, ctx.validate);
  if (!result.ok) ctx.invalid++;
  const out: FeedRecordResult = {
    index: ctx.index++,
    line: position.line,
    column: position.column,
    ok: result.ok,
    issues: result.issues,
  };
  if (result.bulletin) out.bulletin = result.bulletin;
  return out;
}

function tooLong(ctx: Context, line: number, column: number, length: number): FeedIssue {
  return feedIssue("record-too-long", [], { line, column, length, max: ctx.maxLength }, ctx.locale);
}

function feedResult(
  issues: FeedIssue[],
  position?: { line: number; column: number },
): FeedRecordResult {
  return { index: -1, ...(position ?? {}), ok: false, issues };
}

function ndjson(ctx: Context): Processor {
  const lines = new LineSplitter(ctx.maxLength);
  function* handle(events: Iterable<LineEvent>): Generator<FeedRecordResult> {
    for (const event of events) {
      if (event.kind === "too-long") {
        yield record(ctx, [tooLong(ctx, event.line, 1, event.length)], {
          line: event.line,
          column: 1,
        });
        continue;
      }
      let text = event.text;
      let column = 1;
      if (text.charCodeAt(0) === 0xfeff) {
        text = text.slice(1);
        column = 2;
      }
      if (text.length === 0 || (isSpaceOrBom(text.charCodeAt(0)) && text.trim() === "")) continue;
      yield checkRecord(ctx, text, { line: event.line, column });
    }
  }
  return { push: (text) => handle(lines.push(text)), end: () => handle(lines.end()) };
}

/** Sets a key the way JSON.parse does: `__proto__` becomes an own property, not the prototype. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** `json-array`, `feed`, or (`single: true`) a document that may also be a single bulletin. */
function document(ctx: Context, root: "array" | "object", single: boolean): Processor {
  const scanner = new JsonScanner(root, ctx.maxLength);
  const members: Record<string, unknown> = {};
  const memberIssues: FeedIssue[] = [];
  let rootPosition: { line: number; column: number } | undefined;
  let sawItems = false;
  let broken = false;
  let memberLength = 0;

  function* handle(events: Iterable<ScanEvent>): Generator<FeedRecordResult> {
    for (const event of events) {
      rootPosition ??= { line: event.line, column: event.column };
      switch (event.kind) {
        case "record":
          yield checkRecord(ctx, event.text, event);
          break;
        case "start":
          break;
        case "records-start":
          sawItems = true;
          break;
        case "too-long":
          if (event.record)
            yield record(ctx, [tooLong(ctx, event.line, event.column, event.length)], event);
          else memberIssues.push(tooLong(ctx, event.line, event.column, event.length));
          break;
        case "member": {
          memberLength += event.text.length;
          if (memberLength > ctx.maxLength) {
            memberIssues.push(tooLong(ctx, event.line, event.column, memberLength));
            break;
          }
          try {
            setOwn(members, event.key, JSON.parse(event.text));
          } catch (error) {
            const { offset, detail } = jsonErrorPosition(error, event.text);
            const at = lineColumnAt(event.text, offset, event);
            memberIssues.push(
              feedIssue("invalid-json", [event.key], { ...at, detail }, ctx.locale),
            );
          }
          break;
        }
        case "syntax": {
          const detail =
            ctx.locale === "en"
              ? `expected ${event.expected}, found ${event.found}`
              : `应为 ${event.expected}，实际为 ${event.found}`;
          const issue = feedIssue(
            "invalid-json",
            [],
            { line: event.line, column: event.column, detail },
            ctx.locale,
          );
          // A lone bulletin that is not JSON is that record's problem, reported once: no
          // partial bulletin is validated after it.
          if (single && !sawItems) {
            broken = true;
            yield record(ctx, [issue], rootPosition ?? event);
          } else yield feedResult([issue], event);
          break;
        }
      }
    }
  }

  function* end(): Generator<FeedRecordResult> {
    yield* handle(scanner.end());
    if (root === "array" || broken) return;
    if (single && !sawItems && rootPosition) {
      if (memberIssues.length > 0) yield record(ctx, memberIssues, rootPosition);
      else yield checkValue(ctx, members, rootPosition);
      return;
    }
    const issues = [...memberIssues];
    const expect = (field: string, ok: boolean, expected: string, expectedZh: string): void => {
      if (!ok)
        issues.push(
          feedIssue(
            "invalid-feed",
            [field],
            { field, expected, expectedZh, received: describeValue(members[field]) },
            ctx.locale,
          ),
        );
    };
    if (rootPosition) {
      expect("version", typeof members.version === "string", "a string", "字符串");
      expect("title", typeof members.title === "string", "a string", "字符串");
      expect("items", sawItems, "an array of bulletins", "公报数组");
    }
    if (issues.length > 0) yield feedResult(issues, rootPosition);
  }

  return { push: (text) => handle(scanner.push(text)), end };
}

/** Decides `auto` from the start of the text: returns the format, or undefined to read more. */
function detect(
  head: string,
  maxLength: number,
  finished: boolean,
): "ndjson" | "json-array" | "document" | undefined {
  let i = 0;
  while (i < head.length && isSpaceOrBom(head.charCodeAt(i))) i++;
  if (i === head.length) return finished ? "ndjson" : undefined;
  const c = head.charCodeAt(i);
  if (c === 91) return "json-array";
  if (c !== 123) return "ndjson";
  const nl = head.indexOf("\n", i);
  if (nl === -1 && !finished) return head.length - i > maxLength ? "ndjson" : undefined;
  try {
    JSON.parse(head.slice(i, nl === -1 ? head.length : nl));
    return "ndjson";
  } catch {
    return "document";
  }
}

async function* run(
  source: FeedSource,
  options: ValidateFeedOptions,
  maxLength: number,
): AsyncGenerator<FeedRecordResult, void, undefined> {
  const { signal, onProgress } = options;
  const locale = localeOf(options.locale);
  const validate: ValidateBulletinOptions = { locale };
  if (options.mode) validate.mode = options.mode;
  if (options.rules) validate.rules = options.rules;
  if (options.textRules) validate.textRules = true;
  const ctx: Context = { locale, validate, maxLength, index: 0, invalid: 0 };
  const format = options.format ?? "ndjson";
  let processor: Processor | undefined;
  const choose = (kind: "ndjson" | "json-array" | "document" | "feed"): Processor =>
    kind === "ndjson"
      ? ndjson(ctx)
      : kind === "json-array"
        ? document(ctx, "array", false)
        : document(ctx, "object", kind === "document");
  if (format !== "auto") processor = choose(format);
  let head = "";
  let bytes = 0;

  signal?.throwIfAborted();
  for await (const chunk of toTextChunks(source, locale)) {
    signal?.throwIfAborted();
    bytes += chunk.size;
    let text = chunk.text;
    if (!processor) {
      head += text;
      const kind = detect(head, maxLength, false);
      if (!kind) continue;
      processor = choose(kind);
      text = head;
      head = "";
    }
    for (const result of processor.push(text)) {
      yield result;
      signal?.throwIfAborted();
    }
    onProgress?.({ records: ctx.index, invalid: ctx.invalid, bytes });
    if (chunk.invalidAt !== undefined) {
      // Not text from here on: what follows cannot be read, so validation stops.
      yield feedResult([feedIssue("invalid-utf8", [], { byteOffset: chunk.invalidAt }, locale)]);
      return;
    }
  }
  if (!processor) {
    processor = choose(detect(head, maxLength, true) ?? "ndjson");
    yield* processor.push(head);
  }
  for (const result of processor.end()) {
    yield result;
    signal?.throwIfAborted();
  }
  onProgress?.({ records: ctx.index, invalid: ctx.invalid, bytes });
}

/**
 * Validates a feed of bulletins as it streams: each record is parsed and validated on its own,
 * so memory stays bounded by one record however long the feed. A record that is not JSON, too
 * long, or not a valid bulletin is reported with its line and column, and the records after it
 * still validate. Bytes are decoded as UTF-8; a byte-order mark, CRLF line ends and blank
 * lines are accepted. Bytes that are not UTF-8 end the feed with an `invalid-utf8` result
 * (`index: -1`) that names the byte offset: nothing is read as U+FFFD.
 *
 * @param source - a web `ReadableStream`, a Node `Readable` (an `AsyncIterable`), any
 *   `AsyncIterable` or `Iterable` of strings or bytes, or the whole feed as a string or bytes
 * @param options - format, locale, validation mode and rules, `signal`, `onProgress`,
 *   `maxRecordLength`
 * @returns the results in feed order, one per record (and `index: -1` results for problems of
 *   the feed document itself)
 * @throws {@link FeedOptionsError} at once for bad options; while iterating,
 *   {@link FeedSourceError} when the source yields something that is not text or bytes, and the
 *   signal's reason when it aborts
 * @example
 * ```ts
 * import { validateFeed } from "@bulletin/sdk";
 * const feed = '{"schemaVersion":"1"}\n\nnot json\n';
 * for await (const r of validateFeed(feed, { locale: "en" })) {
 *   console.log(r.index, r.line, r.ok, r.issues[0]?.code);
 * }
 * //=> 0 1 false missing-field
 * //=> 1 3 false invalid-json
 * ```
 */
export function validateFeed(
  source: FeedSource,
  options: ValidateFeedOptions = {},
): AsyncGenerator<FeedRecordResult, void, undefined> {
  if (options.format !== undefined && !FORMATS.includes(options.format))
    throw new FeedOptionsError(
      feedErrorMessage(
        "invalid-option",
        {
          option: "format",
          expected: `one of ${FORMATS.join(", ")}`,
          expectedZh: `${FORMATS.join("、")}之一`,
          got: JSON.stringify(options.format),
        },
        options.locale,
      ),
      "format",
    );
  const maxLength = options.maxRecordLength ?? DEFAULT_MAX_RECORD_LENGTH;
  if (!Number.isSafeInteger(maxLength) || maxLength < 1)
    throw new FeedOptionsError(
      feedErrorMessage(
        "invalid-option",
        {
          option: "maxRecordLength",
          expected: "a positive integer",
          expectedZh: "正整数",
          got: String(maxLength),
        },
        options.locale,
      ),
      "maxRecordLength",
    );
  rawChunks(source, localeOf(options.locale));
  return run(source, options, maxLength);
}
