import { randomBytes } from "node:crypto";
import { rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { CliFileError } from "../errors";

/**
 * Writes a file all at once or not at all: the data goes to a temporary file beside the target
 * and is renamed over it. On any failure the temporary file is removed and an existing target
 * is left as it was.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  cwd: string,
): Promise<void> {
  const target = resolve(cwd, file);
  const tmp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    await writeFile(tmp, data, { flag: "wx" });
    await rename(tmp, target);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliFileError(`cannot write ${file}: ${reason}`, file, { cause: error });
  }
}
