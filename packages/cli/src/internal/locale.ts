import type { Locale } from "@bulletin/sdk";
import { CliUsageError } from "../errors";

/** The locale the environment asks for: `zh-CN` when LC_ALL/LC_MESSAGES/LANG starts with `zh`. */
export function envLocale(env: Record<string, string | undefined>): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^zh/i.test(tag) ? "zh-CN" : "en";
}

/** Reads `--locale`: `en`, `zh-CN` (also `zh`, `zh_CN`, `zh-Hans`). */
export function readLocale(
  value: string | undefined,
  env: Record<string, string | undefined>,
): Locale {
  if (value === undefined) return envLocale(env);
  if (/^en([-_].*)?$/i.test(value)) return "en";
  if (/^zh([-_].*)?$/i.test(value)) return "zh-CN";
  throw new CliUsageError(`--locale must be en or zh-CN, got ${JSON.stringify(value)}`);
}
