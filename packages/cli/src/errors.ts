import { BulletinError } from "@bulletin/sdk";

/**
 * A command line the `bulletin` command cannot run: an unknown command or option, a missing
 * argument, a value out of its domain. The CLI prints the message and exits with code 2. A
 * `BulletinError`, like every error of the toolkit.
 *
 * @example
 * ```ts
 * import { CliUsageError } from "@bulletin/cli";
 * new CliUsageError("unknown command \"frobnicate\"").code; //=> "usage"
 * ```
 */
export class CliUsageError extends BulletinError<"usage"> {
  static override readonly name: string = "CliUsageError";
  override readonly name = "CliUsageError";
  /** The command whose help the user should read, if any. */
  readonly command: string | undefined;

  /**
   * @param message - what is wrong with the command line
   * @param command - the command whose help to show
   */
  constructor(message: string, command?: string) {
    super("usage", message);
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
export class CliFileError extends BulletinError<"file"> {
  static override readonly name: string = "CliFileError";
  override readonly name = "CliFileError";
  /** The file that cannot be read or written. */
  readonly file: string;

  /**
   * @param message - what failed and why
   * @param file - the file at fault
   * @param options - `cause`, where there is one
   */
  constructor(message: string, file: string, options?: { cause?: unknown }) {
    super("file", message, options);
    this.file = file;
  }
}
