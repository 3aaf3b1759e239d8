import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { isPdfJsException } from "../src/internal/pdfjs-rejections";
import { type MadeText, makePdf } from "./make-pdf";

const body = (y: number, text: string): MadeText => ({ text, x: 72, y });

/**
 * Found by running the damaged-bytes property of read-pdf.test.ts 1 500 times: seven bytes of a
 * two-page PDF changed so that a page-tree kid's cross-reference entry is bad. pdf.js prefetches
 * that kid (Catalog.getPageDict) and nobody awaits the rejection.
 */
function damagedPageTree(): Uint8Array {
  const bytes = makePdf([
    [body(700, "Text one."), body(600, "Text two.")],
    [body(700, "Page two.")],
  ]);
  for (const [at, byte] of [
    [34, 58],
    [350, 38],
    [383, 38],
    [562, 197],
    [778, 49],
    [805, 69],
    [857, 159],
  ] as const)
    bytes[at] = byte;
  return bytes;
}

const dir = mkdtempSync(join(tmpdir(), "bulletin-pdf-rejections-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs an ES module in a fresh Node process with no `unhandledRejection` listener. */
function runNode(source: string): { status: number | null; stdout: string; stderr: string } {
  const file = join(dir, `run-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, source);
  const run = spawnSync(process.execPath, [file], { encoding: "utf8", timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("pdf.js's unhandled rejections on damaged files", () => {
  const pdfFile = join(dir, "damaged.pdf");
  writeFileSync(pdfFile, damagedPageTree());
  const built = fileURLToPath(new URL("../dist/index.js", import.meta.url));

  test("pdf.js alone leaves a rejection unhandled on the damaged page tree, which ends a Node process", () => {
    const pdfjs = import.meta.resolve("pdfjs-dist/legacy/build/pdf.mjs");
    const worker = import.meta.resolve("pdfjs-dist/legacy/build/pdf.worker.mjs");
    const run = runNode(`
      import { readFileSync } from "node:fs";
      globalThis.pdfjsWorker = await import(${JSON.stringify(worker)});
      const pdfjs = await import(${JSON.stringify(pdfjs)});
      const task = pdfjs.getDocument({ data: new Uint8Array(readFileSync(${JSON.stringify(pdfFile)})), verbosity: 0, useWorkerFetch: false, useSystemFonts: false, disableFontFace: true, isEvalSupported: false });
      try { const doc = await task.promise; for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent(); } catch {}
      await task.destroy();
      await new Promise((r) => setTimeout(r, 100));
      console.log("still running");
    `);
    expect(run.stderr).toContain("ERR_UNHANDLED_REJECTION");
    expect(run.stdout).not.toContain("still running");
    expect(run.status).not.toBe(0);
  }, 60_000);

  test("readPdf: the same file gives a PdfError and the calling process goes on", () => {
    const run = runNode(`
      import { readFileSync } from "node:fs";
      import { readPdf } from ${JSON.stringify(built)};
      try { await readPdf(new Uint8Array(readFileSync(${JSON.stringify(pdfFile)}))); console.log("read"); }
      catch (error) { console.log("code", error.code); }
      await new Promise((r) => setTimeout(r, 100));
      process.on("unhandledRejection", () => {});
      console.log("still running");
    `);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("code no-text-layer\nstill running\n");
    expect(run.status).toBe(0);
  }, 60_000);

  test("readPdf: a rejection of the program's own during a read still ends the process, as Node does without listeners", () => {
    const run = runNode(`
      import { readFileSync } from "node:fs";
      import { readPdf } from ${JSON.stringify(built)};
      const reading = readPdf(new Uint8Array(readFileSync(${JSON.stringify(pdfFile)}))).catch(() => {});
      Promise.reject(new Error("the program's own"));
      await reading;
      await new Promise((r) => setTimeout(r, 100));
      console.log("still running");
    `);
    expect(run.stderr).toContain("the program's own");
    expect(run.stdout).not.toContain("still running");
    expect(run.status).not.toBe(0);
  }, 60_000);

  test("isPdfJsException: pdf.js's exception classes thrown from its worker code only", () => {
    const fromWorker = new Error("Bad (uncompressed) XRef entry: 7R");
    fromWorker.name = "XRefEntryException";
    fromWorker.stack = `XRefEntryException: Bad\n    at BaseExceptionClosure (file:///x/pdfjs-dist/legacy/build/pdf.worker.mjs:6289:29)`;
    expect(isPdfJsException(fromWorker)).toBe(true);
    const sameNameElsewhere = new Error("x");
    sameNameElsewhere.name = "FormatError";
    expect(isPdfJsException(sameNameElsewhere)).toBe(false);
    const otherName = new Error("x");
    otherName.stack = "Error: x\n    at f (pdf.worker.mjs:1:1)";
    expect(isPdfJsException(otherName)).toBe(false);
    expect(isPdfJsException("XRefEntryException")).toBe(false);
  });
});
