import type { Locale } from "@bulletin/sdk";
import type { Colors } from "./colors";
import type { CliIo } from "./io";
import type { Messages } from "./messages";

/** What a command runs with. */
export interface CommandContext {
  io: CliIo;
  /** The locale from `--locale` or the environment. */
  locale: Locale;
  messages: Messages;
  /** Styles for stdout and for stderr (each on only when that stream is a terminal). */
  out: Colors;
  err: Colors;
}

/** A command module: parses its own arguments and returns the exit code. */
export interface Command {
  run(args: string[], context: CommandContext): Promise<number>;
}
