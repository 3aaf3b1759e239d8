import type { Readable } from "node:stream";

/** A stream the CLI writes to: `process.stdout`/`process.stderr` or a test double. */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** What the CLI reads and writes: the process by default. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: Readable;
  env: Record<string, string | undefined>;
  cwd: string;
}
