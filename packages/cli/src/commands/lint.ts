import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Bulletin, FeedIssue, LintIssueCode, Locale, Severity } from "@bulletin/sdk";
import { version } from "../../package.json";
import { CliUsageError } from "../errors";
import { collectInputs, type Input } from "../internal/collect-inputs";
import type { CommandContext } from "../internal/context";
import { lineStarts, positionOf } from "../internal/locate-json-path";
import { readStdin, reasonOf } from "../internal/read-input";
import { type SarifFinding, type SarifRule, toSarif } from "../internal/sarif";
import { writeFileAtomic } from "../internal/write-file-atomic";

/** The options only `bulletin lint` takes (beside those it shares with validate). */
export const LINT_OPTIONS = {
  fix: { type: "boolean" },
  output: { type: "string", short: "o" },
  rule: { type: "string", multiple: true },
  "no-rule": { type: "string", multiple: true },
} as const;

type Rules = Partial<Record<LintIssueCode, Severity | "off">>;

const TEXT: Record<
  Locale,
  {
    unknownRule: (rule: string, known: string) => string;
    outputNeedsOne: string;
    outputOnlyWith: string;
    fixed: (n: number) => string;
    notFixed: string;
    invalid: string;
    summary: (
      files: number,
      fixes: number,
      errors: number,
      warnings: number,
      infos: number,
    ) => string;
  }
> = {
  en: {
    unknownRule: (rule, known) => `unknown rule "${rule}": expected one of ${known}`,
    outputNeedsOne: "-o takes one input: fix one file at a time, or fix in place",
    outputOnlyWith: "-o goes with --fix or --format sarif",
    fixed: (n) => `fixed (${n} ${n === 1 ? "change" : "changes"})`,
    notFixed: "not fixed: the structure is invalid",
    invalid: "invalid",
    summary: (files, fixes, errors, warnings, infos) =>
      `${plural(files, "file")}: ${plural(fixes, "fix", "fixes")} applied; left ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "note")}`,
  },
  "zh-CN": {
    unknownRule: (rule, known) => `未知规则“${rule}”：可用规则为 ${known}`,
    outputNeedsOne: "-o 只能用于一个输入：请逐个文件修正，或就地修正",
    outputOnlyWith: "-o 须与 --fix 或 --format sarif 同用",
    fixed: (n) => `已修正（${n} 处）`,
    notFixed: "未修正：结构无效",
    invalid: "无效",
    summary: (files, fixes, errors, warnings, infos) =>
      `${files} 个文件：修正 ${fixes} 处；剩余 ${errors} 个错误、${warnings} 个警告、${infos} 个提示`,
  },
};

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Splits repeated and comma-separated rule names. */
function names(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .flatMap((v) => String(v).split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

/**
 * The rule severities that `--rule` (only these run) and `--no-rule` (these do not) ask for.
 * Structure errors are not rules: they are always reported.
 */
export async function lintRulesOf(
  values: Record<string, unknown>,
  context: CommandContext,
): Promise<Rules | undefined> {
  const only = names(values.rule);
  const without = names(values["no-rule"]);
  if (only.length === 0 && without.length === 0) return undefined;
  const { LINT_RULES } = await import("@bulletin/sdk");
  const known = Object.keys(LINT_RULES);
  for (const name of [...only, ...without])
    if (!known.includes(name))
      throw new CliUsageError(TEXT[context.locale].unknownRule(name, known.join(", ")), "lint");
  const rules: Rules = {};
  for (const code of known as LintIssueCode[]) {
    if ((only.length > 0 && !only.includes(code)) || without.includes(code)) rules[code] = "off";
  }
  return rules;
}

/** The text of an input; or, when it cannot be read, says why on stderr and returns undefined. */
async function readOrReport(input: Input, context: CommandContext): Promise<string | undefined> {
  try {
    if (input.kind === "stdin") return (await readStdin(context.io.stdin)).toString("utf8");
    if (input.kind === "file") return await readFile(input.path, "utf8");
  } catch (error) {
    const message = context.messages.cannotRead(input.label, reasonOf(error, context.locale));
    context.io.stderr.write(`${context.err.red("bulletin:")} ${message}\n`);
    return undefined;
  }
  context.io.stderr.write(`${context.err.red("bulletin:")} ${input.message}\n`);
  return undefined;
}

/**
 * Where the offending text of a text-rule issue is in the file: exact when the JSON string
 * holds no escape before the end of it (columns in UTF-16 code units, as SARIF counts them).
 */
function textRegion(
  text: string,
  starts: number[],
  at: number,
  issue: FeedIssue,
): SarifFinding["region"] | undefined {
  if (issue.offset === undefined || issue.length === undefined || text.charCodeAt(at) !== 34)
    return undefined;
  const from = at + 1 + issue.offset;
  const to = from + issue.length;
  const raw = text.slice(at + 1, to);
  if (raw.includes("\\") || raw.includes('"') || raw.includes("\n")) return undefined;
  const start = positionOf(starts, from);
  return {
    startLine: start.line,
    startColumn: start.column,
    endColumn: start.column + issue.length,
  };
}

/** `bulletin lint --format sarif`: every finding of every input as one SARIF 2.1.0 log. */
export async function runLintSarif(
  positionals: string[],
  values: Record<string, unknown>,
  context: CommandContext,
  rules: Rules | undefined,
): Promise<number> {
  const { io, locale } = context;
  const sdk = await import("@bulletin/sdk");
  const inputs = await collectInputs(positionals, io.cwd, locale);
  const findings: SarifFinding[] = [];
  let failed = false;
  let unreadable = false;
  for (const input of inputs) {
    const text = await readOrReport(input, context);
    if (text === undefined) {
      unreadable = true;
      continue;
    }
    const starts = lineStarts(text);
    const uri = input.kind === "stdin" ? "stdin" : input.label.split("\\").join("/");
    const feed = sdk.validateFeed(text, {
      format: /\.(ndjson|jsonl)$/i.test(uri) ? "ndjson" : "auto",
      locale,
      textRules: true,
      ...(rules ? { rules } : {}),
    });
    for await (const result of feed) {
      // Every issue of a record located in one pass over it.
      const start =
        result.line === undefined
          ? undefined
          : (starts[result.line - 1] ?? 0) + (result.column ?? 1) - 1;
      const offsets =
        start === undefined
          ? []
          : sdk.locateJsonPaths(
              text,
              result.issues.map((issue) => issue.path),
              { start },
            );
      result.issues.forEach((issue, k) => {
        if (issue.severity !== "info") failed = true;
        let line = issue.line ?? result.line;
        let column = issue.column ?? result.column;
        let region: SarifFinding["region"];
        const at = offsets[k];
        if (issue.line === undefined && at !== undefined) {
          ({ line, column } = positionOf(starts, at));
          region = textRegion(text, starts, at, issue);
        }
        findings.push({
          uri,
          code: issue.code,
          severity: issue.severity,
          message: issue.message,
          pathText: sdk.formatPath(issue.path),
          ...(line !== undefined ? { line } : {}),
          ...(column !== undefined ? { column } : {}),
          ...(region ? { region } : {}),
          ...(issue.offset !== undefined ? { offset: issue.offset, length: issue.length } : {}),
          ...(issue.fix !== undefined ? { fix: issue.fix } : {}),
        });
      });
    }
  }
  const textRules = new Map(sdk.TEXT_RULES.map((r) => [r.code as string, r] as const));
  const ruleList: SarifRule[] = Object.entries(sdk.LINT_RULES).map(([id, severity]) => {
    const info = textRules.get(id);
    return info
      ? { id, severity, text: info.explain[locale], clause: info.clause, fixable: info.fixable }
      : { id, severity };
  });
  const log = `${JSON.stringify(toSarif(version, ruleList, findings), null, 2)}\n`;
  if (typeof values.output === "string")
    await writeFileAtomic(values.output, log, io.cwd, context.messages);
  else io.stdout.write(log);
  return unreadable ? 2 : failed ? 1 : 0;
}

/**
 * `bulletin lint --fix`: applies every unambiguous mend of the text rules to each bulletin file,
 * in place (atomically: a temporary file renamed over the original) or to `-o`, lists each
 * change, then reports what is left. A file whose structure is invalid is left as it was.
 */
export async function runLintFix(
  positionals: string[],
  values: Record<string, unknown>,
  context: CommandContext,
  rules: Rules | undefined,
): Promise<number> {
  const { io, locale, out } = context;
  const t = TEXT[locale];
  const output = typeof values.output === "string" ? values.output : undefined;
  const inputs = await collectInputs(positionals, io.cwd, locale);
  if (output !== undefined && inputs.length !== 1)
    throw new CliUsageError(t.outputNeedsOne, "lint");
  const sdk = await import("@bulletin/sdk");
  const json = values.json === true;
  const severityText = (s: Severity): string =>
    s === "error" ? out.red("error") : s === "warning" ? out.yellow("warning") : out.cyan("info");
  let fixes = 0;
  const counts = { error: 0, warning: 0, info: 0 };
  let unreadable = false;
  const report: unknown[] = [];
  for (const input of inputs) {
    const text = await readOrReport(input, context);
    if (text === undefined) {
      unreadable = true;
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      unreadable = true;
      io.stderr.write(
        `${context.err.red("bulletin:")} ${context.messages.cannotRead(input.label, (error as Error).message)}\n`,
      );
      continue;
    }
    const validated = sdk.validateBulletin(data, { locale });
    if (!validated.bulletin) {
      const issues = validated.issues;
      counts.error += issues.filter((i) => i.severity === "error").length;
      if (json) report.push({ file: input.label, fixed: false, applied: [], issues });
      else {
        io.stdout.write(`${out.bold(input.label)}  ${severityText("error")}  ${t.notFixed}\n`);
        for (const issue of issues)
          io.stdout.write(
            `${out.bold(input.label)}  ${severityText(issue.severity)}  ${sdk.formatPath(issue.path)}  ${out.dim(issue.code)}  ${issue.message}\n`,
          );
      }
      continue;
    }
    const { bulletin, applied } = sdk.fixBulletin(
      validated.bulletin as Bulletin,
      rules ? { rules } : {},
    );
    fixes += applied.length;
    const fixedText = `${JSON.stringify(bulletin, null, 2)}\n`;
    if (output !== undefined) {
      if (output === "-") io.stdout.write(fixedText);
      else await writeFileAtomic(output, fixedText, io.cwd, context.messages);
    } else if (input.kind === "stdin") io.stdout.write(fixedText);
    else if (applied.length > 0 && input.kind === "file")
      await writeFileAtomic(resolve(input.path), fixedText, io.cwd, context.messages);
    const left = sdk.lintBulletin(bulletin, { locale, ...(rules ? { rules } : {}) });
    for (const issue of left) counts[issue.severity]++;
    const toStdout = !json && !(output === "-" || (output === undefined && input.kind === "stdin"));
    const log = toStdout ? io.stdout : io.stderr;
    if (json) report.push({ file: input.label, fixed: true, applied, issues: left });
    else {
      for (const a of applied)
        log.write(
          `${out.bold(input.label)}  ${out.green("fixed")}  ${sdk.formatPath(a.path)}  ${out.dim(a.rule)}  ${JSON.stringify(a.before)} → ${JSON.stringify(a.after)}\n`,
        );
      for (const issue of left)
        log.write(
          `${out.bold(input.label)}  ${severityText(issue.severity)}  ${sdk.formatPath(issue.path)}  ${out.dim(issue.code)}  ${issue.message}\n`,
        );
    }
  }
  const code = unreadable ? 2 : counts.error + counts.warning > 0 ? 1 : 0;
  if (json)
    io.stdout.write(
      `${JSON.stringify({ ok: code === 0, summary: { files: inputs.length, fixes, errors: counts.error, warnings: counts.warning, infos: counts.info }, files: report }, null, 2)}\n`,
    );
  else {
    const line = t.summary(inputs.length, fixes, counts.error, counts.warning, counts.info);
    const stream = output === "-" || inputs.some((i) => i.kind === "stdin") ? io.stderr : io.stdout;
    stream.write(`${code === 0 ? out.green(line) : out.red(line)}\n`);
  }
  return code;
}

/** `-o` is only for `--fix` and `--format sarif`. */
export function checkLintOutput(
  values: Record<string, unknown>,
  sarif: boolean,
  locale: Locale,
): void {
  if (values.output !== undefined && values.fix !== true && !sarif)
    throw new CliUsageError(TEXT[locale].outputOnlyWith, "lint");
}
