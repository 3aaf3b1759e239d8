import { CliFileError } from "../errors";
import type { CommandContext } from "./context";
import { readInput } from "./read-input";

/** Whether the bytes are a PDF: `%PDF-` at the start (after a BOM or whitespace at most). */
export function isPdf(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (
    i < bytes.length &&
    i < 1024 &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
  )
    i++;
  return (
    bytes[i] === 0x25 &&
    bytes[i + 1] === 0x50 &&
    bytes[i + 2] === 0x44 &&
    bytes[i + 3] === 0x46 &&
    bytes[i + 4] === 0x2d
  );
}

/**
 * The text of `parse`'s input: UTF-8 text as it is, or, for a PDF (told by its content, not
 * its name), the text `readPdf` from `@bulletin/pdf` extracts, with its warnings printed. A PDF
 * that cannot be read (a scan, encrypted, damaged) is a `CliFileError` saying why.
 */
export async function readTextInput(file: string, context: CommandContext): Promise<string> {
  const { io, locale, messages: m, err } = context;
  const label = file === "-" ? "<stdin>" : file;
  const bytes = await readInput(file, io, locale);
  if (!isPdf(bytes)) return bytes.toString("utf8");
  const { readPdf, PdfError } = await import("@bulletin/pdf");
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
