import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import type { FeedFormat, FeedIssue, FeedRecordResult, FeedSummary, Severity } from "@bulletin/sdk";
import { CliUsageError } from "../errors";
import { collectInputs } from "../internal/collect-inputs";
import type { Command, CommandContext } from "../internal/context";
import { escapeControls } from "../internal/escape";
import { readLocale } from "../internal/locale";
import { lineStarts, positionOf } from "../internal/locate-json-path";
import type { Totals } from "../internal/messages";
import { choice, parseCommandLine } from "../internal/parse-command-line";
import { reasonOf } from "../internal/read-input";
import { checkLintOutput, LINT_OPTIONS, lintRulesOf, runLintFix, runLintSarif } from "./lint";

const FORMATS = ["auto", "ndjson", "json-array", "feed"] as const;
const LINT_FORMATS = [...FORMATS, "sarif"] as const;
/** Files up to this size are read whole, so that each issue can be placed on its own line. */
const IN_MEMORY_LIMIT = 16 * 1024 * 1024;

/** One issue as `--json` prints it. */
interface JsonIssue {
  code: string;
  severity: Severity;
  path: (string | number)[];
  pathText: string;
  message: string;
  line?: number;
  column?: number;
  /** Text rules: where the offending text is inside the text at `path`, and its mend. */
  offset?: number;
  length?: number;
  fix?: string;
  /** True when the input was streamed: `line` is where the record starts, the column is unknown. */
  columnUnknown?: boolean;
}

/** Where an issue is: line and column, or the line of its record when the column is unknown. */
type Place = { line?: number; column?: number; columnUnknown?: boolean };

/** One file as `--json` prints it: only results with issues are listed. */
interface JsonFile {
  file: string;
  ok: boolean;
  error?: { code: "unreadable"; message: string };
  /** A file with nothing to validate (empty, or only white space). */
  warning?: { code: "no-records"; message: string };
  summary?: FeedSummary;
  results: { index: number; line?: number; column?: number; ok: boolean; issues: JsonIssue[] }[];
}

function progressLine(context: CommandContext) {
  const { stderr } = context.io;
  if (stderr.isTTY !== true)
    return { update: (_label: string, _records: number, _bytes: number) => {}, clear: () => {} };
  let last = 0;
  let shown = false;
  return {
    update(label: string, records: number, bytes: number): void {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      shown = true;
      stderr.write(
        `\r\u001b[K${context.err.dim(context.messages.progress(escapeControls(label), records, (bytes / 2 ** 20).toFixed(1)))}`,
      );
    },
    clear(): void {
      if (shown) stderr.write("\r\u001b[K");
      shown = false;
    },
  };
}

/**
 * Reads a stream whole when it ends within `limit` bytes; otherwise gives back a stream of what
 * was read and the rest, so that memory stays flat for a long feed.
 */
async function bufferUpTo(
  stream: AsyncIterable<unknown>,
  limit: number,
): Promise<{ bytes: Buffer } | { rest: AsyncIterable<Uint8Array | string> }> {
  const iterator = stream[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const next = await iterator.next();
    if (next.done) return { bytes: Buffer.concat(chunks) };
    const chunk =
      typeof next.value === "string"
        ? Buffer.from(next.value)
        : Buffer.from(next.value as Uint8Array);
    chunks.push(chunk);
    size += chunk.byteLength;
    if (size > limit) break;
  }
  async function* rest(): AsyncGenerator<Uint8Array | string> {
    yield* chunks;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value as Uint8Array | string;
    }
  }
  return { rest: rest() };
}

async function run(args: string[], context: CommandContext, lint: boolean): Promise<number> {
  const name = lint ? "lint" : "validate";
  const { io, messages: m, locale, out } = context;
  const { values, positionals } = parseCommandLine(name, args, {
    format: { type: "string" },
    json: { type: "boolean" },
    ...(lint ? LINT_OPTIONS : { strict: { type: "boolean" } }),
  });
  readLocale(values.locale as string | undefined, io.env);
  const chosen = choice(values.format, lint ? LINT_FORMATS : FORMATS, "--format", name, m.badValue);
  if (positionals.length === 0) throw new CliUsageError(m.noInput, name);
  // `bulletin lint`: text rules, --rule / --no-rule, --fix and SARIF live in ./lint.
  const rules = lint ? await lintRulesOf(values, context) : undefined;
  if (lint) checkLintOutput(values, chosen === "sarif", locale);
  if (lint && values.fix === true) return runLintFix(positionals, values, context, rules);
  if (lint && chosen === "sarif") return runLintSarif(positionals, values, context, rules);
  const format = chosen === "sarif" ? "auto" : (chosen ?? "auto");
  if (positionals.filter((p) => p === "-").length > 1) throw new CliUsageError(m.stdinTwice, name);
  const json = values.json === true;
  const failOnWarnings = lint || values.strict === true;
  const shown = (severity: Severity): boolean => lint || severity !== "info";

  const sdk = await import("@bulletin/sdk");
  const inputs = await collectInputs(positionals, io.cwd, locale);
  const totals: Totals = {
    files: 0,
    records: 0,
    valid: 0,
    invalid: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    unreadable: 0,
  };
  const files: JsonFile[] = [];
  const progress = progressLine(context);
  let failed = false;

  const severityText = (s: Severity): string =>
    s === "error" ? out.red("error") : s === "warning" ? out.yellow("warning") : out.cyan("info");

  /** A file that could not be read (at all, or to its end): reported, counted, and skipped. */
  const unreadable = (label: string, message: string, results: JsonFile["results"] = []): void => {
    totals.unreadable++;
    totals.files++;
    io.stderr.write(`${context.err.red("bulletin:")} ${escapeControls(message)}\n`);
    files.push({ file: label, ok: false, error: { code: "unreadable", message }, results });
  };

  for (const input of inputs) {
    if (input.kind === "unreadable") {
      unreadable(input.label, input.message);
      continue;
    }
    let text: string | undefined;
    let source: Parameters<typeof sdk.validateFeed>[0] = "";
    try {
      let bytes: Buffer | undefined;
      if (input.kind === "stdin") {
        const read = await bufferUpTo(io.stdin, IN_MEMORY_LIMIT);
        if ("bytes" in read) bytes = read.bytes;
        source = "rest" in read ? read.rest : "";
      } else if (input.size <= IN_MEMORY_LIMIT) bytes = await readFile(input.path);
      else source = createReadStream(input.path, { highWaterMark: 1 << 20 });
      if (bytes !== undefined) {
        try {
          text = sdk.decodeUtf8(bytes);
          source = text;
        } catch (error) {
          if (!(error instanceof sdk.Utf8Error)) throw error;
          // validateFeed reports the records before the bad byte, then the byte offset.
          source = bytes;
        }
      }
    } catch (error) {
      unreadable(input.label, m.cannotRead(input.label, reasonOf(error, locale)));
      continue;
    }
    const fileFormat: FeedFormat =
      format !== "auto"
        ? format
        : input.kind === "file" && /\.(ndjson|jsonl)$/i.test(input.path)
          ? "ndjson"
          : "auto";
    const starts = text === undefined ? undefined : lineStarts(text);
    /** Where each issue of a result is: all of them located in one pass over its record. */
    const placeAll = (result: FeedRecordResult, issues: readonly FeedIssue[]): Place[] => {
      const located: (number | undefined)[] = issues.map(() => undefined);
      if (text !== undefined && starts !== undefined && result.line !== undefined) {
        const start = (starts[result.line - 1] ?? 0) + (result.column ?? 1) - 1;
        const wanted = issues.flatMap((issue, k) => (issue.line === undefined ? [k] : []));
        const offsets = sdk.locateJsonPaths(
          text,
          wanted.map((k) => (issues[k] as FeedIssue).path),
          { start },
        );
        wanted.forEach((k, j) => {
          located[k] = offsets[j];
        });
      }
      return issues.map((issue, k): Place => {
        if (issue.line !== undefined)
          return { line: issue.line, ...(issue.column ? { column: issue.column } : {}) };
        const offset = located[k];
        if (offset !== undefined && starts !== undefined) return positionOf(starts, offset);
        if (result.line === undefined) return {};
        // Streamed input (stdin, a large file): the record's line is known, not the column.
        return { line: result.line, columnUnknown: true };
      });
    };
    const fileResults: JsonFile["results"] = [];
    /** Prints each result's issues as it passes by; summarizeFeed does the counting. */
    async function* report(
      results: AsyncIterable<FeedRecordResult>,
    ): AsyncGenerator<FeedRecordResult> {
      for await (const result of results) {
        yield result;
        const issues = result.issues.filter((i) => shown(i.severity));
        if (issues.length === 0) continue;
        const places = placeAll(result, issues);
        const placed = issues.map((issue, k) => ({ issue, at: places[k] as Place }));
        if (json) {
          fileResults.push({
            index: result.index,
            ...(result.line !== undefined ? { line: result.line } : {}),
            ...(result.column !== undefined ? { column: result.column } : {}),
            ok: result.ok,
            issues: placed.map(({ issue, at }) => ({
              code: issue.code,
              severity: issue.severity,
              path: issue.path,
              pathText: sdk.formatPath(issue.path),
              message: issue.message,
              ...(issue.offset !== undefined ? { offset: issue.offset, length: issue.length } : {}),
              ...(issue.fix !== undefined ? { fix: issue.fix } : {}),
              ...at,
            })),
          });
          continue;
        }
        progress.clear();
        for (const { issue, at } of placed) {
          const where = `${input.label}${at.line !== undefined ? `:${at.line}${at.column !== undefined ? `:${at.column}` : ""}` : ""}`;
          const message = at.columnUnknown
            ? `${issue.message} (${m.columnUnknown})`
            : issue.message;
          io.stdout.write(
            `${out.bold(escapeControls(where))}  ${severityText(issue.severity)}  ${escapeControls(sdk.formatPath(issue.path))}  ${out.dim(issue.code)}  ${escapeControls(message)}\n`,
          );
        }
      }
    }
    let summary: FeedSummary;
    try {
      summary = await sdk.summarizeFeed(
        report(
          sdk.validateFeed(source, {
            format: fileFormat,
            locale,
            ...(lint ? { textRules: true, ...(rules ? { rules } : {}) } : {}),
            onProgress: (p) => progress.update(input.label, p.records, p.bytes),
          }),
        ),
      );
    } catch (error) {
      progress.clear();
      unreadable(input.label, m.cannotRead(input.label, reasonOf(error, locale)), fileResults);
      continue;
    }
    progress.clear();
    let warning: JsonFile["warning"];
    if (summary.records === 0 && summary.feedIssues === 0) {
      // Nothing to validate is worth a word: an empty .json file is seldom meant.
      warning = { code: "no-records", message: m.noRecords(input.label) };
      summary.warnings++;
      if (!json)
        io.stdout.write(
          `${out.bold(escapeControls(input.label))}  ${severityText("warning")}  ${out.dim(warning.code)}  ${escapeControls(warning.message)}\n`,
        );
    }
    const ok =
      summary.invalid === 0 &&
      summary.feedIssues === 0 &&
      !(failOnWarnings && summary.warnings > 0);
    if (!ok) failed = true;
    totals.files++;
    totals.records += summary.records;
    totals.valid += summary.valid;
    totals.invalid += summary.invalid;
    totals.errors += summary.errors;
    totals.warnings += summary.warnings;
    totals.infos += summary.infos;
    files.push({
      file: input.label,
      ok,
      ...(warning ? { warning } : {}),
      summary,
      results: fileResults,
    });
  }

  const code = totals.unreadable > 0 ? 2 : failed ? 1 : 0;
  if (json) {
    io.stdout.write(`${JSON.stringify({ ok: code === 0, summary: totals, files }, null, 2)}\n`);
  } else {
    const line = m.summary(totals);
    io.stdout.write(`${code === 0 ? out.green(line) : out.red(line)}\n`);
  }
  return code;
}

/** `bulletin validate`: structure and semantic errors of bulletins and feeds. */
export const validateCommand: Command = { run: (args, context) => run(args, context, false) };

/** `bulletin lint`: like validate, reporting every warning and note; warnings fail. */
export const lintCommand: Command = { run: (args, context) => run(args, context, true) };
