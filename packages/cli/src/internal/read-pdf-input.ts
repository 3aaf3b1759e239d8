import { CliFileError } from "../errors";
import type { CommandContext } from "./context";
import { escapeControls } from "./escape";

/** Imported by name at run time, so that a bundle of the CLI does not carry pdf.js (see render-pdf.ts). */
const PDF: string = "@bulletin/pdf";

const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/**
 * Whether bytes are a PDF by their content, as `isPdf` of `@bulletin/pdf` tells it (`%PDF-`
 * within the first kilobyte), without loading `@bulletin/pdf`: `parse` imports it only for a
 * PDF. A test holds the two to the same answers.
 */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const last = Math.min(bytes.length, 1024 + MAGIC.length) - MAGIC.length;
  outer: for (let i = 0; i <= last; i++) {
    for (let k = 0; k < MAGIC.length; k++) if (bytes[i + k] !== MAGIC[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * For `parse`: when the input is a PDF (told by its content, not its name), the text `readPdf`
 * from `@bulletin/pdf` extracts, with its warnings printed; `undefined` for any other input. A
 * PDF that cannot be read (a scan, encrypted, damaged) is a `CliFileError` saying why.
 */
export async function readPdfInput(
  bytes: Uint8Array,
  file: string,
  context: CommandContext,
): Promise<string | undefined> {
  if (!looksLikePdf(bytes)) return undefined;
  const { io, locale, messages: m, err } = context;
  const { readPdf, PdfError } = (await import(PDF)) as typeof import("@bulletin/pdf");
  const label = file === "-" ? "<stdin>" : file;
  try {
    const { text, warnings } = await readPdf(bytes, { locale });
    for (const w of warnings) {
      const severity = w.severity === "info" ? err.cyan("info") : err.yellow("warning");
      io.stderr.write(
        `${err.bold(escapeControls(label))}  ${severity}  ${err.dim(w.code)}  ${w.message}\n`,
      );
    }
    return text;
  } catch (error) {
    if (error instanceof PdfError) {
      throw new CliFileError(m.cannotRead(file, error.message), file, { cause: error });
    }
    throw error;
  }
}
