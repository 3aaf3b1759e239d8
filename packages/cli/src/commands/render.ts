import { CliUsageError } from "../errors";
import type { Command } from "../internal/context";
import { escapeControls } from "../internal/escape";
import { readLocale } from "../internal/locale";
import { choice, parseCommandLine } from "../internal/parse-command-line";
import { printIssues } from "../internal/print-issues";
import { readInput } from "../internal/read-input";
import { refuseInputAsOutput, writeFileAtomic } from "../internal/write-file-atomic";

const TARGETS = ["html", "md", "txt"] as const;
const THEMES = ["official", "plain"] as const;

/** `bulletin render`: one bulletin to a whole HTML page, Markdown or plain text. */
export const renderCommand: Command = {
  async run(args, context) {
    const { io, messages: m, locale } = context;
    const { values, positionals } = parseCommandLine("render", args, {
      to: { type: "string" },
      theme: { type: "string" },
      output: { type: "string", short: "o" },
    });
    readLocale(values.locale as string | undefined, io.env);
    const to = choice(values.to, TARGETS, "--to", "render", m.badValue);
    if (to === undefined) throw new CliUsageError(m.missingOption("--to <html|md|txt>"), "render");
    const theme = choice(values.theme, THEMES, "--theme", "render", m.badValue) ?? "official";
    const [file, ...extra] = positionals;
    if (file === undefined) throw new CliUsageError(m.noInput, "render");
    if (extra.length > 0) throw new CliUsageError(m.tooManyInputs("render"), "render");
    const label = file === "-" ? "<stdin>" : file;
    const target = values.output as string | undefined;
    if (target !== undefined)
      await refuseInputAsOutput(target, [file], io.cwd, "render", m.outputIsInput);

    const bytes = await readInput(file, io, locale);
    const sdk = await import("@bulletin/sdk");
    let bulletin: import("@bulletin/sdk").Bulletin;
    try {
      const loaded = sdk.loadBulletin(
        new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        { locale },
      );
      bulletin = loaded.bulletin;
      printIssues(
        context,
        label,
        loaded.issues.filter((i) => i.severity === "warning"),
        sdk.formatPath,
      );
    } catch (error) {
      if (error instanceof sdk.BulletinValidationError) {
        printIssues(context, label, error.issues, sdk.formatPath);
        return 1;
      }
      if (error instanceof sdk.BulletinJsonError) {
        io.stderr.write(
          `${context.err.bold(escapeControls(`${label}:${error.line}:${error.column}`))}  ${context.err.red("error")}  ${error.code}  ${escapeControls(error.message)}\n`,
        );
        return 1;
      }
      throw error;
    }
    const output =
      to === "html"
        ? sdk.renderHtml(bulletin, { document: true, theme })
        : to === "md"
          ? sdk.renderMarkdown(bulletin)
          : sdk.renderText(bulletin);
    if (target === undefined) io.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
    else {
      await writeFileAtomic(target, output, io.cwd, m);
      io.stderr.write(`${escapeControls(m.wrote(target))}\n`);
    }
    return 0;
  },
};
