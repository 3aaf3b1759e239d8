import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { Locale } from "@bulletin/sdk";
import { messagesFor } from "./messages";
import { reasonOf } from "./read-input";

/** One input to validate: a file (with its size), standard input, or why it cannot be read. */
export type Input =
  | { kind: "file"; label: string; path: string; size: number }
  | { kind: "stdin"; label: string }
  | { kind: "unreadable"; label: string; message: string };

const FEED_FILE = /\.(json|ndjson|jsonl)$/i;

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile() && FEED_FILE.test(entry.name)) out.push(path);
  }
}

/** Expands files, directories (searched for .json/.ndjson/.jsonl) and `-` into inputs, in order. */
export async function collectInputs(args: string[], cwd: string, locale: Locale): Promise<Input[]> {
  const m = messagesFor(locale);
  const inputs: Input[] = [];
  for (const arg of args) {
    if (arg === "-") {
      inputs.push({ kind: "stdin", label: "<stdin>" });
      continue;
    }
    const path = resolve(cwd, arg);
    try {
      const info = await stat(path);
      if (!info.isDirectory()) {
        inputs.push({ kind: "file", label: arg, path, size: info.size });
        continue;
      }
      const files: string[] = [];
      await walk(path, files);
      if (files.length === 0)
        inputs.push({ kind: "unreadable", label: arg, message: m.noFilesInDirectory(arg) });
      for (const file of files) {
        const size = (await stat(file)).size;
        inputs.push({ kind: "file", label: relative(cwd, file) || file, path: file, size });
      }
    } catch (error) {
      inputs.push({
        kind: "unreadable",
        label: arg,
        message: m.cannotRead(arg, reasonOf(error, locale)),
      });
    }
  }
  return inputs;
}
