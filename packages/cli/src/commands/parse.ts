import { CliUsageError } from "../errors";
import type { Command, CommandContext } from "../internal/context";
import { escapeControls } from "../internal/escape";
import { readLocale } from "../internal/locale";
import { parseCommandLine } from "../internal/parse-command-line";
import { printIssues } from "../internal/print-issues";
import { readInput } from "../internal/read-input";
import { refuseInputAsOutput, writeFileAtomic } from "../internal/write-file-atomic";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The facts the text may lack, from `--title`, `--publisher`, `--number`, `--published-on`. */
function factsFrom(
  values: Record<string, string | boolean | undefined>,
  context: CommandContext,
): {
  publication: { title?: string; publisher?: { name: string } };
  issue: Record<string, unknown>;
} {
  const m = context.messages;
  const text = (option: string): string | undefined => {
    const value = values[option];
    if (typeof value !== "string") return undefined;
    if (value.trim() === "")
      throw new CliUsageError(m.badValue(`--${option}`, value, "some text"), "parse");
    return value;
  };
  const publication: { title?: string; publisher?: { name: string } } = {};
  const issue: Record<string, unknown> = {};
  const title = text("title");
  if (title !== undefined) publication.title = title;
  const publisher = text("publisher");
  if (publisher !== undefined) publication.publisher = { name: publisher };
  const number = text("number");
  if (number !== undefined) {
    if (!/^[1-9]\d{0,5}$/.test(number))
      throw new CliUsageError(m.badValue("--number", number, "an issue number such as 9"), "parse");
    issue.number = Number(number);
  }
  const publishedOn = text("published-on");
  if (publishedOn !== undefined) {
    if (!DATE.test(publishedOn))
      throw new CliUsageError(
        m.badValue("--published-on", publishedOn, "a date such as 2025-11-10"),
        "parse",
      );
    issue.publishedOn = publishedOn;
  }
  return { publication, issue };
}

/** The CLI's words for a warning about a fact the text lacks: the flag that supplies it. */
const FLAG_OF: Record<string, string> = {
  "missing-title": "--title",
  "missing-publisher": "--publisher",
  "missing-issue-number": "--number",
  "missing-publication-date": "--published-on",
  "missing-reference-year": "--year",
};

/** `bulletin parse`: the plain text of a bulletin to bulletin JSON, with warnings on stderr. */
export const parseCommand: Command = {
  async run(args, context) {
    const { io, messages: m, locale } = context;
    const { values, positionals } = parseCommandLine("parse", args, {
      output: { type: "string", short: "o" },
      year: { type: "string" },
      title: { type: "string" },
      publisher: { type: "string" },
      number: { type: "string" },
      "published-on": { type: "string" },
    });
    readLocale(values.locale as string | undefined, io.env);
    let referenceYear: number | undefined;
    if (typeof values.year === "string") {
      referenceYear = Number(values.year);
      if (!/^\d{4}$/.test(values.year))
        throw new CliUsageError(m.badValue("--year", values.year, "a year such as 2025"), "parse");
    }
    const facts = factsFrom(values, context);
    const [file, ...extra] = positionals;
    if (file === undefined) throw new CliUsageError(m.noInput, "parse");
    if (extra.length > 0) throw new CliUsageError(m.tooManyInputs("parse"), "parse");
    const label = file === "-" ? "<stdin>" : file;
    const target = values.output as string | undefined;
    if (target !== undefined)
      await refuseInputAsOutput(target, [file], io.cwd, "parse", m.outputIsInput);

    const bytes = await readInput(file, io, locale);
    const [parser, sdk] = await Promise.all([import("@bulletin/parse"), import("@bulletin/sdk")]);
    const { err } = context;
    const fail = (message: string): number => {
      io.stderr.write(`${err.red("bulletin:")} ${escapeControls(message)}\n`);
      return 1;
    };
    // Text only: bytes that are not UTF-8, or a NUL (binary data, UTF-16), are refused.
    const nul = bytes.indexOf(0);
    if (nul !== -1) return fail(m.binaryInput(label, nul));
    let text: string;
    try {
      text = sdk.decodeUtf8(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch (error) {
      if (!(error instanceof sdk.Utf8Error)) throw error;
      return fail(m.notUtf8(label, error.message.replace(/^Not UTF-8 text: /, "")));
    }
    let parsed: ReturnType<typeof parser.parseBulletinText>;
    try {
      parsed = parser.parseBulletinText(text, {
        locale,
        ...(referenceYear === undefined ? {} : { referenceYear }),
        publication: facts.publication,
        issue: facts.issue,
      });
    } catch (error) {
      // A flag's value the model refuses (`--published-on 2025-02-30`).
      if (error instanceof parser.ParseOptionsError)
        throw new CliUsageError(error.message, "parse");
      throw error;
    }
    const { bulletin, warnings } = parsed;
    for (const w of warnings) {
      const where = `${label}:${w.position.line}:${w.position.column}`;
      const severity = w.severity === "info" ? err.cyan("info") : err.yellow("warning");
      const flag = FLAG_OF[w.code];
      const message = flag === undefined ? w.message : m.passFlag(w.message, flag);
      io.stderr.write(
        `${err.bold(escapeControls(where))}  ${severity}  ${err.dim(w.code)}  ${escapeControls(message)}\n`,
      );
    }
    const result = sdk.validateBulletin(bulletin, { locale });
    if (!result.ok) {
      io.stderr.write(`${err.red("bulletin:")} ${m.invalidResult}\n`);
      printIssues(context, label, result.issues, sdk.formatPath);
    }
    const json = `${JSON.stringify(bulletin, null, 2)}\n`;
    if (target === undefined) io.stdout.write(json);
    else if (result.ok) {
      await writeFileAtomic(target, json, io.cwd, m);
      io.stderr.write(`${escapeControls(m.wrote(target))}\n`);
    }
    return result.ok ? 0 : 1;
  },
};
