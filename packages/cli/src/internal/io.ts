import type { Readable } from "node:stream";

/**
 * A stream the CLI writes to: `process.stdout`/`process.stderr` or a test double.
 *
 * @example
 * ```ts
 * let errors = "";
 * const stderr: OutputStream = { write: (text) => (errors += text), isTTY: false };
 * await runCli(["validate", "no-such-file.json", "--locale", "en"], { stderr });
 * errors; //=> "bulletin: cannot read no-such-file.json: no such file\n"
 * ```
 */
export interface OutputStream {
  /** Text, or bytes for binary output (`render --to docx` into a pipe). */
  write(text: string | Uint8Array): unknown;
  isTTY?: boolean;
}

/**
 * What the CLI reads and writes: the process by default.
 *
 * @example
 * ```ts
 * const io: CliIo = {
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 *   stdin: process.stdin,
 *   env: { ...process.env, NO_COLOR: "1" },
 *   cwd: "/srv/bulletins",
 * };
 * await runCli(["validate", "issue-9.json"], io); // reads /srv/bulletins/issue-9.json
 * ```
 */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: Readable;
  env: Record<string, string | undefined>;
  cwd: string;
}
