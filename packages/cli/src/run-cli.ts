import { version } from "../package.json";
import { CliFileError, CliUsageError } from "./errors";
import { colorsFor } from "./internal/colors";
import type { Command, CommandContext } from "./internal/context";
import { escapeControls } from "./internal/escape";
import type { CliIo } from "./internal/io";
import { envLocale, readLocale } from "./internal/locale";
import { messagesFor } from "./internal/messages";

export type { CliIo, OutputStream } from "./internal/io";

/**
 * Options of {@link runCli}: the streams, environment and directory to use instead of the process's.
 *
 * @example
 * ```ts
 * const lines: string[] = [];
 * const stdout = { write: (text: string) => lines.push(text) };
 * const options: RunCliOptions = { stdout, stderr: stdout, env: { NO_COLOR: "1" } };
 * await runCli(["validate", "no-such-file.json", "--locale", "en"], options); //=> 2
 * lines;
 * //=> ["bulletin: cannot read no-such-file.json: no such file\n",
 * //    "1 file, 0 records: 0 valid, 0 invalid (0 errors, 0 warnings), 1 unreadable\n"]
 * ```
 */
export type RunCliOptions = Partial<CliIo>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: () => import("./commands/validate").then((m) => m.validateCommand),
  lint: () => import("./commands/validate").then((m) => m.lintCommand),
  render: () => import("./commands/render").then((m) => m.renderCommand),
  parse: () => import("./commands/parse").then((m) => m.parseCommand),
  schema: () => import("./commands/schema").then((m) => m.schemaCommand),
};

type HelpTopic = "main" | "validate" | "lint" | "render" | "parse" | "schema";

/**
 * The arguments with the global options written before the command (`bulletin --locale en
 * validate x`) moved just after it, where the command reads them: global options go before or
 * after the command.
 */
function commandFirst(args: string[]): string[] {
  const lead: string[] = [];
  let i = 0;
  while (i < args.length) {
    const arg = args[i] as string;
    if (arg === "--locale") {
      lead.push(...args.slice(i, i + 2));
      i += 2;
    } else if (arg.startsWith("--locale=")) {
      lead.push(arg);
      i++;
    } else break;
  }
  if (lead.length === 0 || i >= args.length) return args;
  const command = args[i] as string;
  // `help <topic>` and `--help` take their argument first; a command takes its options anywhere
  // before a `--`.
  if (command === "help" || command.startsWith("-")) return [...args.slice(i), ...lead];
  return [command, ...lead, ...args.slice(i + 1)];
}

/** The `--locale` value in `args`, read before a command parses them (for its error messages). */
function localeArgument(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") return undefined;
    if (arg === "--locale") return args[i + 1];
    if (arg.startsWith("--locale=")) return arg.slice("--locale=".length);
  }
  return undefined;
}

/**
 * Runs the `bulletin` command line: the same code the `bulletin` binary runs, callable from a
 * program or a test with its own streams. Never throws for user errors: it prints them (no
 * stack) and returns exit code 2.
 *
 * @param args - the arguments after the program name, as in `process.argv.slice(2)`
 * @param options - stdout, stderr, stdin, env and cwd (the process's by default)
 * @returns the exit code: 0 all valid, 1 invalid input, 2 usage error or unreadable file
 * @example
 * ```ts
 * import { runCli } from "@bulletin/cli";
 * const out: string[] = [];
 * const stdout = { write: (text: string) => out.push(text) };
 * // exampleDir: the folder that holds issue-9.json
 * const code = await runCli(["validate", "issue-9.json", "--locale", "en"], { stdout, cwd: exampleDir });
 * code; //=> 0
 * out.join(""); //=> "1 file, 1 record: 1 valid, 0 invalid (0 errors, 0 warnings)\n"
 * ```
 */
export async function runCli(args: string[], options: RunCliOptions = {}): Promise<number> {
  const io: CliIo = {
    stdout: options.stdout ?? process.stdout,
    stderr: options.stderr ?? process.stderr,
    stdin: options.stdin ?? process.stdin,
    env: options.env ?? process.env,
    cwd: options.cwd ?? process.cwd(),
  };
  let locale = envLocale(io.env);
  try {
    locale = readLocale(localeArgument(args), io.env);
  } catch {
    // The command reports the bad value when it parses its options.
  }
  const context: CommandContext = {
    io,
    locale,
    messages: messagesFor(locale),
    out: colorsFor(io.stdout, io.env),
    err: colorsFor(io.stderr, io.env),
  };
  const m = context.messages;
  const help = (topic: HelpTopic): void => {
    io.stdout.write(`${m.help[topic]}\n`);
  };
  try {
    const [first, ...rest] = commandFirst(args);
    if (first === undefined) {
      io.stderr.write(`${m.help.main}\n`);
      return 2;
    }
    if (first === "-h" || first === "--help") {
      help("main");
      return 0;
    }
    if (first === "-v" || first === "--version") {
      io.stdout.write(`${version}\n`);
      return 0;
    }
    if (first === "help") {
      const topic = rest[0] ?? "main";
      if (topic !== "main" && !(topic in COMMANDS))
        throw new CliUsageError(m.unknownCommand(topic));
      help(topic as HelpTopic);
      return 0;
    }
    const load = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!load && first.startsWith("-")) throw new CliUsageError(m.unknownOption(first));
    if (!load) throw new CliUsageError(m.unknownCommand(first));
    if (rest.includes("-h") || rest.includes("--help")) {
      help(first as HelpTopic);
      return 0;
    }
    const command = await load();
    return await command.run(rest, context);
  } catch (error) {
    const { err } = context;
    if (error instanceof CliUsageError) {
      io.stderr.write(
        `${err.red("bulletin:")} ${escapeControls(error.message)}\n${m.seeHelp(error.command)}\n`,
      );
      return 2;
    }
    if (error instanceof CliFileError) {
      io.stderr.write(`${err.red("bulletin:")} ${escapeControls(error.message)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${err.red("bulletin:")} ${escapeControls(m.unexpected(message))}\n`);
    if (io.env.BULLETIN_DEBUG && error instanceof Error && error.stack)
      io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}
