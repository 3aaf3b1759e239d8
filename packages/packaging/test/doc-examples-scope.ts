import * as fs from "node:fs";
import * as fsp from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as cli from "@bulletin/cli";
import * as docx from "@bulletin/docx";
import * as format from "@bulletin/format";
import * as parse from "@bulletin/parse";
import * as pdf from "@bulletin/pdf";
import * as pdfPrint from "@bulletin/pdf/print";
import * as render from "@bulletin/render";
import * as schema from "@bulletin/schema";
import * as schemaConstants from "@bulletin/schema/constants";
import * as sdk from "@bulletin/sdk";

const exampleUrl = new URL("../../../examples/sichuan-window-monthly/", import.meta.url);
const text = fs.readFileSync(new URL("issue-9.json", exampleUrl), "utf8");

/** The reference issue, 政务窗口月报 第9期, validated. */
function issue9(): schema.Bulletin {
  return schema.parseBulletin(JSON.parse(text));
}

/**
 * The PDF examples' files: issue-9 printed once with the system's Chromium (the doc-examples
 * test runs where the print tests run), and a folder they read and write relative paths in.
 */
const pdfDir = fs.mkdtempSync(join(tmpdir(), "bulletin-doc-examples-"));
const issue9Pdf = await pdfPrint.renderPdf(issue9());
fs.writeFileSync(join(pdfDir, "issue-9.pdf"), issue9Pdf);
const inPdfDir = (path: fs.PathLike): fs.PathLike =>
  typeof path === "string" && !isAbsolute(path) ? join(pdfDir, path) : path;

/** A one-page PDF with no text layer, as a scan is. */
function scannedPdf(): Uint8Array {
  const ops = "0 0 1 rg 72 72 100 100 re f";
  return new TextEncoder().encode(
    "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n" +
      "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n" +
      "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R>> endobj\n" +
      `4 0 obj <</Length ${ops.length}>> stream\n${ops}\nendstream endobj\n` +
      "trailer <</Root 1 0 R /Size 5>>\n%%EOF\n",
  );
}

/**
 * What a doc example may use without importing it: every export of the packages, and the
 * fixtures the examples name. Each example gets fresh fixtures (an example may change them).
 */
export const scope: Record<string, unknown> = {
  ...format,
  ...schema,
  ...render,
  ...parse,
  ...sdk,
  ...cli,
  ...docx,
  ...pdf,
  ...pdfPrint,
  get issue9() {
    return issue9();
  },
  /** The same, under the name the schema examples use. */
  get bulletin() {
    return issue9();
  },
  /** The reference issue with its metrics gone, so that its metric references dangle. */
  get bulletinWithDanglingRef() {
    return { ...issue9(), metrics: [] };
  },
  /** The reference issue renumbered as the next one, for examples that print two issues. */
  get issue10() {
    const b = issue9();
    return { ...b, issue: { ...b.issue, number: 10 } };
  },
  /** The reference issue printed to PDF. */
  get pdf() {
    return new Uint8Array(issue9Pdf);
  },
  /** A PDF with no text layer. */
  get scannedPdf() {
    return scannedPdf();
  },
  /** The JSON text of the reference issue. */
  text,
  /** The reference issue's text as extracted from its PDF. */
  seedText: fs.readFileSync(new URL("seed.txt", exampleUrl), "utf8"),
  /** The folder of the reference issue (`issue-9.json`). */
  exampleDir: fileURLToPath(exampleUrl),
  /** `readFile` of `node:fs/promises`, relative to {@link exampleDir}. */
  readFile: (name: string) => fs.promises.readFile(new URL(name, exampleUrl)),
  __modules: {
    "@bulletin/format": format,
    "@bulletin/schema": schema,
    "@bulletin/schema/constants": schemaConstants,
    "@bulletin/render": render,
    "@bulletin/parse": parse,
    "@bulletin/sdk": sdk,
    "@bulletin/cli": cli,
    "@bulletin/docx": docx,
    "@bulletin/pdf": pdf,
    "@bulletin/pdf/print": pdfPrint,
    // PDF examples read and write their files (issue-9.pdf) in a folder of their own.
    "node:fs/promises": {
      ...fsp,
      readFile: (path: fs.PathLike, ...rest: []) => fsp.readFile(inPdfDir(path), ...rest),
      writeFile: (path: fs.PathLike, data: Uint8Array | string) =>
        fsp.writeFile(inPdfDir(path), data),
    },
    // Examples run as if in the reference issue's folder: relative paths resolve there.
    "node:fs": {
      ...fs,
      readFileSync: (path: fs.PathOrFileDescriptor, ...rest: [BufferEncoding]) =>
        fs.readFileSync(typeof path === "string" ? new URL(path, exampleUrl) : path, ...rest),
    },
  },
};
