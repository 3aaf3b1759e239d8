import type { FeedIssue, FeedRecordResult } from "./feed-record-result";

/**
 * Counts over a validated feed, as {@link summarizeFeed} returns them.
 *
 * @example
 * ```ts
 * const summary: FeedSummary = summarizeFeed([
 *   { index: 0, ok: true, issues: [] },
 *   { index: 1, ok: false, issues: [{ code: "invalid-json", path: [], severity: "error", message: "…" }] },
 * ]);
 * //=> { records: 2, valid: 1, invalid: 1, feedIssues: 0, errors: 1, warnings: 0, infos: 0,
 * //     byCode: { "invalid-json": 1 } }
 * ```
 */
export interface FeedSummary {
  /** Records read (results with `index >= 0`). */
  records: number;
  /** Records without errors. */
  valid: number;
  /** Records with at least one error. */
  invalid: number;
  /** Problems of the feed document itself (results with `index: -1`). */
  feedIssues: number;
  /** Issues by severity, over every result. */
  errors: number;
  warnings: number;
  infos: number;
  /** Issues by code, over every result, in the order codes were first seen. */
  byCode: Partial<Record<FeedIssue["code"], number>>;
}

function empty(): FeedSummary {
  return {
    records: 0,
    valid: 0,
    invalid: 0,
    feedIssues: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    byCode: {},
  };
}

function add(summary: FeedSummary, result: FeedRecordResult): void {
  if (result.index < 0) summary.feedIssues += result.issues.length;
  else {
    summary.records++;
    if (result.ok) summary.valid++;
    else summary.invalid++;
  }
  for (const issue of result.issues) {
    if (issue.severity === "error") summary.errors++;
    else if (issue.severity === "warning") summary.warnings++;
    else summary.infos++;
    summary.byCode[issue.code] = (summary.byCode[issue.code] ?? 0) + 1;
  }
}

/**
 * Folds feed results into counts: records, valid and invalid, issues by severity and by code.
 * Takes the results as an array (or any iterable), or straight from {@link validateFeed}.
 *
 * @param results - what {@link validateFeed} yields
 * @returns the counts; a promise of them when `results` is asynchronous
 * @example
 * ```ts
 * import { summarizeFeed, validateFeed } from "@bulletin/sdk";
 * const summary = await summarizeFeed(validateFeed('{}\nnot json\n', { locale: "en" }));
 * [summary.records, summary.invalid, summary.byCode["invalid-json"]]; //=> [2, 2, 1]
 * ```
 */
export function summarizeFeed(results: Iterable<FeedRecordResult>): FeedSummary;
export function summarizeFeed(results: AsyncIterable<FeedRecordResult>): Promise<FeedSummary>;
export function summarizeFeed(
  results: Iterable<FeedRecordResult> | AsyncIterable<FeedRecordResult>,
): FeedSummary | Promise<FeedSummary>;
export function summarizeFeed(
  results: Iterable<FeedRecordResult> | AsyncIterable<FeedRecordResult>,
): FeedSummary | Promise<FeedSummary> {
  const summary = empty();
  if (Symbol.iterator in results) {
    for (const result of results) add(summary, result);
    return summary;
  }
  return (async () => {
    for await (const result of results) add(summary, result);
    return summary;
  })();
}
