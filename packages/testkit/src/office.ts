import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

const onPath = (command: string): boolean =>
  spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;

/** LibreOffice and poppler, as CI installs them (libreoffice-writer-nogui, poppler-utils). */
export const hasOffice: boolean = ["soffice", "pdfinfo", "pdftotext", "pdftoppm"].every(onPath);

/** 1 mm in PDF points. */
export const PT_PER_MM = 72 / 25.4;

/**
 * Converts a file with headless LibreOffice (`--convert-to pdf` or `docx`), each run with a
 * private profile so that parallel runs never share a lock. Returns the converted bytes.
 */
export function convertWithLibreOffice(
  input: Uint8Array | string,
  inputName: string,
  to: "pdf" | "docx",
): Buffer {
  return convertAllWithLibreOffice([{ input, name: inputName }], to)[0] as Buffer;
}

/**
 * Converts several files in one run of headless LibreOffice (its start-up is most of the cost
 * of a conversion), with a private profile. Returns the converted bytes in the order given;
 * the names must differ.
 */
export function convertAllWithLibreOffice(
  files: readonly { input: Uint8Array | string; name: string }[],
  to: "pdf" | "docx",
): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), "bulletin-docx-"));
  try {
    const sources = files.map(({ input, name }) => {
      const source = join(dir, name);
      writeFileSync(source, input);
      return source;
    });
    const filter = to === "docx" ? "docx:MS Word 2007 XML" : "pdf";
    const run = spawnSync(
      "soffice",
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
        "--convert-to",
        filter,
        "--outdir",
        join(dir, "out"),
        ...sources,
      ],
      { encoding: "utf8", timeout: 120_000 * files.length },
    );
    return files.map(({ name }) => {
      const out = join(dir, "out", basename(name).replace(/\.[^.]+$/, `.${to}`));
      try {
        return readFileSync(out);
      } catch (cause) {
        throw new Error(`soffice did not convert ${name}: ${run.stderr || run.stdout}`, { cause });
      }
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A line of text as `pdftotext -bbox-layout` gives it, in points from the top left. */
export interface PdfLine {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The pages of a PDF with their line boxes, read by poppler's `pdftotext -bbox-layout`. */
export function pdfLines(pdf: Uint8Array): PdfPage[] {
  const dir = mkdtempSync(join(tmpdir(), "bulletin-pdf-"));
  try {
    const file = join(dir, "in.pdf");
    writeFileSync(file, pdf);
    const run = spawnSync("pdftotext", ["-bbox-layout", file, "-"], {
      encoding: "utf8",
      maxBuffer: 64 * 2 ** 20,
    });
    if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
    return run.stdout
      .split("<page ")
      .slice(1)
      .map((page) => {
        const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
        const lines = [
          ...page.matchAll(
            /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
          ),
        ].map((m) => ({
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
          // Words of a line joined without spaces: Chinese has none, and the checks count characters.
          text: unescapeXml(
            [...(m[5] ?? "").matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(""),
          ),
        }));
        return { width: Number(size?.[1]), height: Number(size?.[2]), lines };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `pdfinfo`'s `Page size:` line and page count. */
export function pdfInfo(pdf: Uint8Array): { pages: number; pageSize: string } {
  const dir = mkdtempSync(join(tmpdir(), "bulletin-pdf-"));
  try {
    const file = join(dir, "in.pdf");
    writeFileSync(file, pdf);
    const out = spawnSync("pdfinfo", [file], { encoding: "utf8" }).stdout;
    return {
      pages: Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]),
      pageSize: /^Page size:\s+(.*)$/m.exec(out)?.[1] ?? "",
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Saves page `page` of a PDF as `<outPrefix>.png` (pdftoppm, 60 dpi) for a person to look at. */
export function savePagePng(pdf: Uint8Array, page: number, outPrefix: string): void {
  const dir = mkdtempSync(join(tmpdir(), "bulletin-pdf-"));
  try {
    const file = join(dir, "in.pdf");
    writeFileSync(file, pdf);
    const run = spawnSync(
      "pdftoppm",
      ["-png", "-r", "60", "-f", String(page), "-l", String(page), "-singlefile", file, outPrefix],
      { encoding: "utf8" },
    );
    if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
