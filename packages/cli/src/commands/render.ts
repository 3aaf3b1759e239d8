import { CliUsageError } from "../errors";
import type { Command } from "../internal/context";
import { writeDocx } from "../internal/docx";
import { escapeControls } from "../internal/escape";
import { loadBulletinInput } from "../internal/load-bulletin-input";
import { readLocale } from "../internal/locale";
import { choice, parseCommandLine } from "../internal/parse-command-line";
import { refuseInputAsOutput, writeFileAtomic } from "../internal/write-file-atomic";
import { renderPdfFiles } from "./render-pdf";

const TARGETS = ["html", "md", "txt", "docx", "pdf"] as const;
const THEMES = ["official", "plain"] as const;

/** `bulletin render`: one bulletin to a whole HTML page, Markdown, plain text or Word; bulletins to PDF. */
export const renderCommand: Command = {
  async run(args, context) {
    const { io, messages: m } = context;
    const { values, positionals } = parseCommandLine("render", args, {
      to: { type: "string" },
      theme: { type: "string" },
      output: { type: "string", short: "o" },
    });
    readLocale(values.locale as string | undefined, io.env);
    const to = choice(values.to, TARGETS, "--to", "render", m.badValue);
    if (to === undefined)
      throw new CliUsageError(m.missingOption("--to <html|md|txt|docx|pdf>"), "render");
    const theme = choice(values.theme, THEMES, "--theme", "render", m.badValue) ?? "official";
    if (to === "pdf")
      return renderPdfFiles(positionals, values.output as string | undefined, context);
    const [file, ...extra] = positionals;
    if (file === undefined) throw new CliUsageError(m.noInput, "render");
    if (extra.length > 0) throw new CliUsageError(m.tooManyInputs("render"), "render");
    const target = values.output as string | undefined;
    if (target !== undefined)
      await refuseInputAsOutput(target, [file], io.cwd, "render", m.outputIsInput);

    const bulletin = await loadBulletinInput(file, context);
    if (bulletin === undefined) return 1;
    if (to === "docx") {
      await writeDocx(bulletin, target, context);
      return 0;
    }
    const sdk = await import("@bulletin/sdk");
    const output =
      to === "html"
        ? sdk.renderHtml(bulletin, { document: true, theme, locale: context.locale })
        : to === "md"
          ? sdk.renderMarkdown(bulletin, { locale: context.locale })
          : sdk.renderText(bulletin, { locale: context.locale });
    if (target === undefined) io.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
    else {
      await writeFileAtomic(target, output, io.cwd, m);
      io.stderr.write(`${escapeControls(m.wrote(target))}\n`);
    }
    return 0;
  },
};
