import type { Bulletin, IssuePath, Severity, ValidationIssueCode } from "@bulletin/schema";

/**
 * Codes of problems with a feed rather than with a bulletin: a record that is not JSON, a
 * record longer than `maxRecordLength`, a feed document without `version`, `title` or `items`,
 * bytes that are not UTF-8 (`params.byteOffset` says where; validation stops there).
 *
 * @example
 * ```ts
 * const code: FeedIssueCode = "record-too-long";
 * const summary = await summarizeFeed(validateFeed(`"${"x".repeat(100)}"\n`, { maxRecordLength: 10 }));
 * summary.byCode[code]; //=> 1
 * ```
 */
export type FeedIssueCode = "invalid-json" | "record-too-long" | "invalid-feed" | "invalid-utf8";

/**
 * One problem found while validating a feed: a bulletin validation issue (with its JSON path
 * inside the record), or a feed problem ({@link FeedIssueCode}) with the `line` and `column`
 * (1-based) of the feed text where it was found.
 *
 * @example
 * ```ts
 * for await (const { issues } of validateFeed('{"schemaVersion":"1"}\n{oops}\n', { locale: "en" })) {
 *   const issue: FeedIssue | undefined = issues[0];
 *   console.log(issue?.code, JSON.stringify(issue?.path), issue?.line, issue?.column);
 * }
 * //=> missing-field ["publication"] undefined undefined
 * //=> invalid-json [] 2 2
 * ```
 */
export interface FeedIssue {
  code: ValidationIssueCode | FeedIssueCode;
  path: IssuePath;
  severity: Severity;
  message: string;
  params?: Record<string, unknown>;
  /** 1-based line in the feed text, for problems of the text itself. */
  line?: number;
  /** 1-based column (UTF-16 code units) in the feed text, for problems of the text itself. */
  column?: number;
}

/**
 * The verdict on one record of a feed. `index` counts records from 0 in feed order (blank lines
 * are not records); it is `-1` for a problem of the feed document itself (its `version`,
 * `title`, or a syntax error between records). `line` and `column` are where the record starts.
 *
 * @example
 * ```ts
 * const results: FeedRecordResult[] = [];
 * for await (const result of validateFeed(`${JSON.stringify(issue9)}\nnot json\n`)) results.push(result);
 * results.map(({ index, line, ok }) => [index, line, ok]); //=> [[0, 1, true], [1, 2, false]]
 * results[0]?.bulletin?.issue.number; //=> 9
 * ```
 */
export interface FeedRecordResult {
  index: number;
  line?: number;
  column?: number;
  /** False when an issue is an `error`. */
  ok: boolean;
  /** The validated bulletin, present when its structure is valid. */
  bulletin?: Bulletin;
  issues: FeedIssue[];
}
