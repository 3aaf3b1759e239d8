import { randomBytes } from "node:crypto";
import { constants, unlinkSync } from "node:fs";
import { access, open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { CliFileError, CliUsageError } from "../errors";
import { messagesFor } from "./messages";

/** Temporary files being written now: removed if the process is interrupted. */
const pending = new Set<string>();
let handlersInstalled = false;

function removePending(): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already gone.
    }
  }
  pending.clear();
}

/**
 * On SIGINT or SIGTERM, removes the temporary files and then dies of the same signal (exit
 * status 130 or 143, as a shell expects). SIGKILL cannot be caught: a temporary file
 * (`.name.<pid>.<random>.tmp`) may then stay behind.
 */
function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      removePending();
      process.kill(process.pid, signal);
    });
  }
}

/** Chunks of this many characters are written one at a time, so a signal is handled mid-write. */
const CHUNK = 1 << 20;

/** Whether two paths name the same file: the same path, or the same inode (a link). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * Refuses an output that is one of the inputs (`render x.json -o x.json`): the input would be
 * replaced by what was made from it. A usage error (exit 2).
 */
export async function refuseInputAsOutput(
  output: string,
  inputs: readonly string[],
  cwd: string,
  command: string,
  message: (file: string) => string,
): Promise<void> {
  const target = resolve(cwd, output);
  for (const input of inputs) {
    if (input === "-") continue;
    if (await sameFile(target, resolve(cwd, input)))
      throw new CliUsageError(message(output), command);
  }
}

/** Messages the write needs, in the caller's locale. */
export interface WriteMessages {
  cannotWrite(file: string, reason: string): string;
  readOnly(file: string): string;
  missingDirectory(file: string, dir: string): string;
}

/**
 * Writes a file all at once or not at all: the data goes to a temporary file beside the target
 * and is renamed over it. On any failure, and on SIGINT or SIGTERM, the temporary file is
 * removed and an existing target is left as it was. Like `cp`, it refuses a target the user
 * may not write, and a replaced file keeps its mode.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  cwd: string,
  m: WriteMessages = messagesFor("en"),
): Promise<void> {
  const target = resolve(cwd, file);
  const dir = dirname(target);
  let mode: number | undefined;
  try {
    const info = await stat(target);
    mode = info.mode & 0o7777;
    if (info.isFile()) await access(target, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM")
      throw new CliFileError(m.readOnly(file), file, { cause: error });
    if (code !== "ENOENT") throw new CliFileError(m.cannotWrite(file, code ?? ""), file);
  }
  const tmp = join(
    dir,
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  installSignalHandlers();
  // Listed before it exists: the file appears on disk before `open` resolves, and a signal
  // handled in between must still find it (CI once left one behind that way).
  pending.add(tmp);
  try {
    const handle = await open(tmp, "wx");
    try {
      for (let i = 0; i < data.length; i += CHUNK) {
        if (typeof data === "string") await handle.write(data.slice(i, i + CHUNK));
        else await handle.write(data.subarray(i, i + CHUNK));
      }
      if (mode !== undefined) await handle.chmod(mode);
    } finally {
      await handle.close();
    }
    await rename(tmp, target);
    pending.delete(tmp);
  } catch (error) {
    pending.delete(tmp);
    await unlink(tmp).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      const missing = await stat(dir).then(
        () => undefined,
        () => dir,
      );
      if (missing !== undefined)
        throw new CliFileError(m.missingDirectory(file, dirname(file)), file, { cause: error });
    }
    const reason = code ?? (error as Error).message;
    throw new CliFileError(m.cannotWrite(file, reason), file, { cause: error });
  }
}
