import { type ParseArgsConfig, parseArgs } from "node:util";
import { CliUsageError } from "../errors";

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/** Parsed options of one command: strings and booleans by long name, and the positionals. */
export interface CommandLine {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Options every command takes. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  locale: { type: "string" },
} as const satisfies OptionsConfig;

/**
 * Parses a command's arguments strictly with `node:util` `parseArgs`: an unknown option, a
 * missing value or a value given to a flag is a `CliUsageError` naming the command.
 */
export function parseCommandLine(
  command: string,
  args: string[],
  options: OptionsConfig,
): CommandLine {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as CommandLine["values"], positionals };
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, "");
    throw new CliUsageError(message, command);
  }
}

/** The value of a string option, checked against its allowed values. */
export function choice<T extends string>(
  value: string | boolean | undefined,
  allowed: readonly T[],
  option: string,
  command: string,
  badValue: (option: string, value: string, expected: string) => string,
): T | undefined {
  if (value === undefined || typeof value === "boolean") return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new CliUsageError(badValue(option, value, allowed.join(" | ")), command);
  return value as T;
}
