/**
 * A second producer: LibreOffice prints the same whole HTML document to PDF with its own
 * engine and fonts, and readPdf reads that back to the same model, so the reader is not tuned
 * to Chromium. LibreOffice's password-protected export gives the `encrypted` case a real file.
 * Each soffice run has its own profile (-env:UserInstallation), so runs do not lock each other.
 * Tables: LibreOffice's PDF of renderDocx's output (stroked rules, untagged, a long table broken
 * across pages with its head repeated) reads back to the model's tables.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { renderDocx } from "@bulletin/docx";
import { parseBulletinText } from "@bulletin/parse";
import { PdfError, readPdf } from "@bulletin/pdf";
import { renderHtml } from "@bulletin/render";
import {
  completed,
  issue9Names,
  SPANNING_TABLE_ROWS,
  withoutEditorialIds,
} from "@bulletin/testkit";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { printedTables } from "./printed-tables";
import { assertTools, issue9, runsWith, SLOW_MACHINE, WRAPPED, withTables } from "./tools";

/** soffice --convert-to `filter` of `input` into `dir`; the path of the PDF. */
function soffice(input: string, dir: string, filter: string): string {
  const profile = mkdtempSync(join(tmpdir(), "bulletin-soffice-"));
  try {
    execFileSync(
      "soffice",
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--convert-to",
        filter,
        "--outdir",
        dir,
        input,
      ],
      { stdio: "pipe", timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(dir, `${basename(input).replace(/\.[^.]+$/, "")}.pdf`);
}

describe.skipIf(!runsWith("soffice", "notoCjk"))("readPdf on PDFs that LibreOffice makes", () => {
  let dir: string;
  let html: string;
  beforeAll(() => {
    assertTools("soffice", "notoCjk");
    dir = mkdtempSync(join(tmpdir(), "bulletin-pdf-lo-"));
    html = join(dir, "issue-9.html");
    writeFileSync(html, renderHtml(issue9(), { document: true, theme: "official" }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("readPdf: reads LibreOffice's PDF of the issue-9 HTML document back to the fixture, as the seed text reads", async () => {
    const out = mkdtempSync(join(dir, "plain-"));
    const pdf = readFileSync(soffice(html, out, "pdf:writer_web_pdf_Export"));
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
    const { text } = await readPdf(pdf, SLOW_MACHINE);
    const bulletin = completed(parseBulletinText(text));
    expect(issue9Names(bulletin)).toEqual(withoutEditorialIds(issue9()));
  }, 180_000);

  test("readPdf: refuses LibreOffice's password-protected export with `encrypted`", async () => {
    const out = mkdtempSync(join(dir, "encrypted-"));
    const filter =
      'pdf:writer_web_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}';
    const pdf = readFileSync(soffice(html, out, filter));
    const error = await readPdf(pdf, { locale: "en" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfError);
    expect((error as PdfError).code).toBe("encrypted");
    expect((error as PdfError).message).toBe(
      "the PDF is encrypted and needs a password to open; use an unencrypted copy",
    );
  }, 180_000);
});

describe.skipIf(!runsWith("soffice", "notoCjk"))(
  "readPdf on LibreOffice's PDF of renderDocx's output, with tables",
  () => {
    let dir: string;
    const b = withTables(issue9());
    let text: string;
    beforeAll(async () => {
      assertTools("soffice", "notoCjk");
      dir = mkdtempSync(join(tmpdir(), "bulletin-pdf-lo-docx-"));
      const docx = join(dir, "tables.docx");
      writeFileSync(docx, await renderDocx(b));
      // The default export: untagged, so the head rows are read from the page, not from tags.
      ({ text } = await readPdf(readFileSync(soffice(docx, dir, "pdf")), { timeout: 120_000 }));
    }, 180_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test("readPdf: gives LibreOffice's printed tables as `| a | b |` rows, the head over its rule, spans as blanks", () => {
      const lines = text.split("\n");
      const at = lines.indexOf("表1 各地区受理情况");
      expect(lines.slice(at, at + 8)).toEqual([
        "表1 各地区受理情况",
        ...SPANNING_TABLE_ROWS,
        "注：同比为与上年同月相比。",
      ]);
      expect(lines).toContain(`| 综合窗口 | 1234件 | ${WRAPPED} |`);
    });

    test("readPdf: LibreOffice's printed tables parse back to the model's tables, the long one whole though it breaks across pages", () => {
      const tablesOf = (x: typeof b) =>
        x.sections.flatMap((s) => s.items.flatMap((i) => i.body.filter((k) => !Array.isArray(k))));
      const got = tablesOf(printedTables(completed(parseBulletinText(text))));
      expect(got).toHaveLength(4);
      expect(got).toEqual(tablesOf(printedTables(b)));
    });
  },
);
