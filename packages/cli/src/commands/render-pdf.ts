import { stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import type { Locale } from "@bulletin/sdk";
import { CliUsageError } from "../errors";
import type { CommandContext } from "../internal/context";
import { escapeControls } from "../internal/escape";
import { loadBulletinInput } from "../internal/load-bulletin-input";
import { refuseInputAsOutput, writeFileAtomic } from "../internal/write-file-atomic";

/**
 * Imported by name at run time: only `--to pdf` needs pdf.js and playwright-core, and a bundle
 * of the CLI (the size check makes one) should not carry them. Node resolves it like any import.
 */
const PDF_PRINT: string = "@bulletin/pdf/print";

const MESSAGES: Record<
  Locale,
  {
    terminal: string;
    manyNeedDirectory: (n: number) => string;
    notADirectory: (dir: string) => string;
    stdinAmongMany: string;
  }
> = {
  en: {
    terminal:
      "refusing to write a PDF (binary) to a terminal: pass -o issue.pdf, or redirect standard output to a file",
    manyNeedDirectory: (n) => `${n} inputs need -o <directory> to write one PDF each into`,
    notADirectory: (dir) =>
      `-o ${dir} is not a directory: with several inputs, -o names the directory to write the PDFs into`,
    stdinAmongMany: "- (standard input) cannot be one of several inputs of --to pdf",
  },
  "zh-CN": {
    terminal: "不向终端输出 PDF（二进制）：请使用 -o issue.pdf，或将标准输出重定向到文件",
    manyNeedDirectory: (n) => `${n} 个输入需要 -o <目录>，每个输入在其中写一个 PDF`,
    notADirectory: (dir) => `-o ${dir} 不是目录：有多个输入时，-o 指定写入 PDF 的目录`,
    stdinAmongMany: "--to pdf 有多个输入时不能使用 -（标准输入）",
  },
};

/** Where each input's PDF goes: the `-o` file, stdout (`undefined`), or `<dir>/<name>.pdf`. */
async function targetsOf(
  files: string[],
  output: string | undefined,
  context: CommandContext,
): Promise<(string | undefined)[]> {
  const { io, locale, messages: m } = context;
  const t = MESSAGES[locale];
  if (files.length === 0) throw new CliUsageError(m.noInput, "render");
  if (files.length === 1) {
    if (output !== undefined) return [output];
    if (io.stdout.isTTY) throw new CliUsageError(t.terminal, "render");
    return [undefined];
  }
  if (output === undefined) throw new CliUsageError(t.manyNeedDirectory(files.length), "render");
  if (files.includes("-")) throw new CliUsageError(t.stdinAmongMany, "render");
  const isDirectory = await stat(resolve(io.cwd, output)).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDirectory) throw new CliUsageError(t.notADirectory(output), "render");
  return files.map((file) => join(output, `${basename(file, extname(file))}.pdf`));
}

/**
 * `bulletin render <files…> --to pdf [-o file.pdf | -o dir]`: each bulletin printed to PDF by
 * `@bulletin/pdf/print`, all with one browser. A PDF is written atomically, or to standard
 * output when that is not a terminal. Exit 1 when an input is not a valid bulletin, 2 when a
 * PDF cannot be made (no browser) or written.
 */
export async function renderPdfFiles(
  files: string[],
  output: string | undefined,
  context: CommandContext,
): Promise<number> {
  const targets = await targetsOf(files, output, context);
  const { io, locale, messages: m, err } = context;
  for (const target of targets) {
    if (target !== undefined)
      await refuseInputAsOutput(target, files, io.cwd, "render", m.outputIsInput);
  }
  const { createPdfRenderer, PdfError } = (await import(
    PDF_PRINT
  )) as typeof import("@bulletin/pdf/print");
  const chromium = io.env.BULLETIN_CHROMIUM;
  const renderer = createPdfRenderer({
    locale,
    ...(chromium ? { executablePath: chromium } : {}),
  });
  let code = 0;
  try {
    for (const [k, file] of files.entries()) {
      const bulletin = await loadBulletinInput(file, context);
      if (bulletin === undefined) {
        code = Math.max(code, 1);
        continue;
      }
      let pdf: Uint8Array;
      try {
        pdf = await renderer.render(bulletin);
      } catch (error) {
        if (!(error instanceof PdfError)) throw error;
        io.stderr.write(`${err.red("bulletin:")} ${error.message}\n`);
        return 2;
      }
      const target = targets[k];
      // process.stdout takes bytes; the OutputStream type names only text.
      if (target === undefined)
        (io.stdout as unknown as { write(chunk: Uint8Array): unknown }).write(pdf);
      else {
        await writeFileAtomic(target, pdf, io.cwd, m);
        io.stderr.write(`${escapeControls(m.wrote(target))}\n`);
      }
    }
  } finally {
    await renderer.close();
  }
  return code;
}
