import type { Bulletin } from "@bulletin/sdk";
import type { CommandContext } from "./context";
import { escapeControls } from "./escape";
import { printIssues } from "./print-issues";
import { readInput } from "./read-input";

/**
 * Reads and validates one bulletin for `render`: its warnings and errors are printed; the
 * bulletin, or `undefined` when it is not valid JSON or not a valid bulletin (exit code 1).
 */
export async function loadBulletinInput(
  file: string,
  context: CommandContext,
): Promise<Bulletin | undefined> {
  const { io, locale } = context;
  const label = file === "-" ? "<stdin>" : file;
  const bytes = await readInput(file, io, locale);
  const sdk = await import("@bulletin/sdk");
  try {
    const loaded = sdk.loadBulletin(
      new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { locale },
    );
    printIssues(
      context,
      label,
      loaded.issues.filter((i) => i.severity === "warning"),
      sdk.formatPath,
    );
    return loaded.bulletin;
  } catch (error) {
    if (error instanceof sdk.BulletinValidationError) {
      printIssues(context, label, error.issues, sdk.formatPath);
      return undefined;
    }
    if (error instanceof sdk.BulletinJsonError) {
      io.stderr.write(
        `${context.err.bold(escapeControls(`${label}:${error.line}:${error.column}`))}  ${context.err.red("error")}  ${error.code}  ${escapeControls(error.message)}\n`,
      );
      return undefined;
    }
    throw error;
  }
}
