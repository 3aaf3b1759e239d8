/**
 * A command line the `bulletin` command cannot run: an unknown command or option, a missing
 * argument, a value out of its domain. The CLI prints the message and exits with code 2.
 *
 * @example
 * ```ts
 * import { CliUsageError } from "@bulletin/cli";
 * new CliUsageError("unknown command \"frobnicate\"").code; //=> "usage"
 * ```
 */
export class CliUsageError extends Error {
  override readonly name = "CliUsageError";
  readonly code = "usage" as const;
  /** The command whose help the user should read, if any. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

/**
 * A file the `bulletin` command cannot read or write (missing, a directory where a file is
 * expected, no permission). The CLI prints the message, without a stack, and exits with code 2.
 *
 * @example
 * ```ts
 * import { CliFileError } from "@bulletin/cli";
 * new CliFileError("cannot read missing.json: no such file", "missing.json").code; //=> "file"
 * ```
 */
export class CliFileError extends Error {
  override readonly name = "CliFileError";
  readonly code = "file" as const;
  readonly file: string;

  constructor(message: string, file: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.file = file;
  }
}
