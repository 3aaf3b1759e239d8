import { CliFileError } from "../errors";
import type { CommandContext } from "./context";
import { readInput } from "./read-input";

/** Imported by name at run time, so that a bundle of the CLI does not carry pdf.js (see render-pdf.ts). */
const PDF: string = "@bulletin/pdf";

/**
 * The text of `parse`'s input: UTF-8 text as it is, or, for a PDF (told by its content, not
 * its name), the text `readPdf` from `@bulletin/pdf` extracts, with its warnings printed. A PDF
 * that cannot be read (a scan, encrypted, damaged) is a `CliFileError` saying why.
 */
export async function readTextInput(file: string, context: CommandContext): Promise<string> {
  const { io, locale, messages: m, err } = context;
  const label = file === "-" ? "<stdin>" : file;
  const bytes = await readInput(file, io, locale);
  const { isPdf, readPdf, PdfError } = (await import(PDF)) as typeof import("@bulletin/pdf");
  if (!isPdf(bytes)) return bytes.toString("utf8");
  try {
    const { text, warnings } = await readPdf(bytes, { locale });
    for (const w of warnings) {
      const severity = w.severity === "info" ? err.cyan("info") : err.yellow("warning");
      io.stderr.write(`${err.bold(label)}  ${severity}  ${err.dim(w.code)}  ${w.message}\n`);
    }
    return text;
  } catch (error) {
    if (error instanceof PdfError) {
      throw new CliFileError(m.cannotRead(file, error.message), file, { cause: error });
    }
    throw error;
  }
}
