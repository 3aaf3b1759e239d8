import type { Bulletin, IssuePath, Severity, ValidationIssueCode } from "@bulletin/schema";

/**
 * Codes of problems with a feed rather than with a bulletin: a record that is not JSON, a
 * record longer than `maxRecordLength`, a feed document without `version`, `title` or `items`.
 */
export type FeedIssueCode = "invalid-json" | "record-too-long" | "invalid-feed";

/**
 * One problem found while validating a feed: a bulletin validation issue (with its JSON path
 * inside the record), or a feed problem ({@link FeedIssueCode}) with the `line` and `column`
 * (1-based) of the feed text where it was found.
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
