// DOCX in the CLI: `render --to docx` and `parse` of a Word file. Kept in one file, apart from
// the commands, so other formats can be added beside it. @bulletin/docx is imported only when
// a DOCX is written or read.
import type { Bulletin } from "@bulletin/sdk";
import { CliUsageError } from "../errors";
import type { CommandContext } from "./context";
import { escapeControls } from "./escape";
import { writeFileAtomic } from "./write-file-atomic";

/** A zip (PK\3\4) or an OLE compound file (a legacy .doc or an encrypted DOCX): for readDocx. */
export function looksLikeWord(bytes: Uint8Array): boolean {
  const [a, b, c, d] = bytes;
  return (
    (a === 0x50 && b === 0x4b && c === 0x03 && d === 0x04) ||
    (a === 0xd0 && b === 0xcf && c === 0x11 && d === 0xe0)
  );
}

/**
 * The text of a Word document for the parser, or undefined after printing why it cannot be
 * read (`issue.docx  error  encrypted  …`).
 */
export async function wordText(
  bytes: Uint8Array,
  label: string,
  context: CommandContext,
): Promise<string | undefined> {
  const { readDocx, DocxError } = await import("@bulletin/docx");
  try {
    return (await readDocx(bytes, { locale: context.locale })).text;
  } catch (error) {
    if (!(error instanceof DocxError)) throw error;
    const { io, err } = context;
    io.stderr.write(
      `${err.bold(escapeControls(label))}  ${err.red("error")}  ${error.code}  ${escapeControls(error.message)}\n`,
    );
    return undefined;
  }
}

/**
 * `render --to docx`: the Word document to `-o`, or to standard output when that is not a
 * terminal (binary on a terminal is refused: it would garble the screen).
 */
export async function writeDocx(
  bulletin: Bulletin,
  target: string | undefined,
  context: CommandContext,
): Promise<void> {
  const { io, messages: m } = context;
  if (target === undefined && io.stdout.isTTY) {
    throw new CliUsageError(m.binaryToTerminal("docx"), "render");
  }
  const { renderDocx } = await import("@bulletin/docx");
  const bytes = await renderDocx(bulletin, { locale: context.locale });
  if (target === undefined) io.stdout.write(bytes);
  else {
    await writeFileAtomic(target, bytes, io.cwd, m);
    io.stderr.write(`${escapeControls(m.wrote(target))}\n`);
  }
}
