import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Readable } from "node:stream";
import type { Locale } from "@bulletin/sdk";
import { CliFileError } from "../errors";
import type { CliIo } from "./io";
import { messagesFor } from "./messages";

const REASONS: Record<Locale, Record<string, string>> = {
  en: {
    ENOENT: "no such file",
    EISDIR: "is a directory",
    EACCES: "permission denied",
    EPERM: "permission denied",
  },
  "zh-CN": { ENOENT: "文件不存在", EISDIR: "这是一个目录", EACCES: "没有权限", EPERM: "没有权限" },
};

/** A one-line reason for a file system error. */
export function reasonOf(error: unknown, locale: Locale): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && REASONS[locale][code]) ?? code ?? (error as Error).message;
}

/** Reads all of stdin. */
export async function readStdin(stdin: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Reads a whole file (or stdin for `-`), with a `CliFileError` that says why it could not. */
export async function readInput(file: string, io: CliIo, locale: Locale): Promise<Buffer> {
  if (file === "-") return readStdin(io.stdin);
  try {
    return await readFile(resolve(io.cwd, file));
  } catch (error) {
    throw new CliFileError(messagesFor(locale).cannotRead(file, reasonOf(error, locale)), file, {
      cause: error,
    });
  }
}
