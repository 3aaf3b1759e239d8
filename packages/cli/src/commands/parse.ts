import { CliUsageError } from "../errors";
import type { Command } from "../internal/context";
import { readLocale } from "../internal/locale";
import { parseCommandLine } from "../internal/parse-command-line";
import { printIssues } from "../internal/print-issues";
import { readTextInput } from "../internal/read-text-input";
import { writeFileAtomic } from "../internal/write-file-atomic";

/** `bulletin parse`: the plain text or PDF of a bulletin to bulletin JSON, with warnings on stderr. */
export const parseCommand: Command = {
  async run(args, context) {
    const { io, messages: m, locale } = context;
    const { values, positionals } = parseCommandLine("parse", args, {
      output: { type: "string", short: "o" },
      year: { type: "string" },
    });
    readLocale(values.locale as string | undefined, io.env);
    let referenceYear: number | undefined;
    if (typeof values.year === "string") {
      referenceYear = Number(values.year);
      if (!/^\d{4}$/.test(values.year))
        throw new CliUsageError(m.badValue("--year", values.year, "a year such as 2025"), "parse");
    }
    const [file, ...extra] = positionals;
    if (file === undefined) throw new CliUsageError(m.noInput, "parse");
    if (extra.length > 0) throw new CliUsageError(m.tooManyInputs("parse"), "parse");
    const label = file === "-" ? "<stdin>" : file;

    const text = await readTextInput(file, context);
    const [parser, sdk] = await Promise.all([import("@bulletin/parse"), import("@bulletin/sdk")]);
    const { bulletin, warnings } = parser.parseBulletinText(text, {
      locale,
      ...(referenceYear === undefined ? {} : { referenceYear }),
    });
    const { err } = context;
    for (const w of warnings) {
      const where = `${label}:${w.position.line}:${w.position.column}`;
      const severity = w.severity === "info" ? err.cyan("info") : err.yellow("warning");
      io.stderr.write(`${err.bold(where)}  ${severity}  ${err.dim(w.code)}  ${w.message}\n`);
    }
    const result = sdk.validateBulletin(bulletin, { locale });
    if (!result.ok) {
      io.stderr.write(`${err.red("bulletin:")} ${m.invalidResult}\n`);
      printIssues(context, label, result.issues, sdk.formatPath);
    }
    const json = `${JSON.stringify(bulletin, null, 2)}\n`;
    const target = values.output as string | undefined;
    if (target === undefined) io.stdout.write(json);
    else if (result.ok) {
      await writeFileAtomic(target, json, io.cwd);
      io.stderr.write(`${m.wrote(target)}\n`);
    }
    return result.ok ? 0 : 1;
  },
};
