import { readFileSync } from "node:fs";
import { readDocx, renderDocx } from "@bulletin/docx";
import { renderText } from "@bulletin/render";
import { type Bulletin, validateBulletin } from "@bulletin/schema";
import { arbitraryBulletin, convertWithLibreOffice, hasOffice, pdfInfo } from "@bulletin/testkit";
import fc from "fast-check";
import { compareAsync, target, writeResult } from "../lib/measure";

/** Lines the text of a bulletin takes at 28 characters a line (GB/T 9704-2012), 22 to a page. */
const linesOf = (b: Bulletin): number =>
  renderText(b)
    .split("\n\n")
    .reduce((n, block) => n + Math.max(1, Math.ceil(block.length / 28)), 0);

/**
 * A valid generated bulletin of about `pages` pages: the sections, metrics and departments of
 * generated bulletins (ids prefixed per sample so they stay unique), added until the text
 * would fill that many pages.
 */
function bulletinOfPages(pages: number, seed: number): Bulletin {
  const samples = fc.sample(arbitraryBulletin(), { seed, numRuns: 4000 });
  const first = samples[0] as Bulletin;
  let out: Bulletin = { ...structuredClone(first), sections: [], metrics: [], departments: [] };
  // The masthead takes about 8 of page 1's 22 lines.
  const lines = pages * 22 - 8;
  for (let k = 0; k < samples.length && linesOf(out) < lines - 4; k++) {
    const b = samples[k] as Bulletin;
    const rename = (id: string): string => `s${k}-${id}`;
    const sections = JSON.parse(JSON.stringify(b.sections), (key, value: unknown) =>
      key === "ref" && typeof value === "string" ? rename(value) : value,
    ) as Bulletin["sections"];
    for (const section of sections) {
      for (const item of section.items) item.departmentRefs = item.departmentRefs?.map(rename);
    }
    // Skip a sample that would overshoot the page count.
    const next: Bulletin = {
      ...out,
      departments: [...out.departments, ...b.departments.map((d) => ({ ...d, id: rename(d.id) }))],
      metrics: [...out.metrics, ...b.metrics.map((m) => ({ ...m, id: rename(m.id) }))],
      sections: [...out.sections, ...sections],
    };
    if (linesOf(next) <= lines) out = next;
  }
  const { ok, bulletin } = validateBulletin(out);
  if (!ok || bulletin === undefined) throw new Error("the generated bulletin must be valid");
  return bulletin;
}

/**
 * renderDocx and readDocx on the reference issue and on generated bulletins of about one and
 * about a hundred pages (a pool of four each, drawn round robin, so no input repeats back to
 * back); cost must grow linearly: a hundred pages at most 120 × one page.
 */
export async function run(): Promise<void> {
  const root = new URL("../../../../", import.meta.url);
  const text = readFileSync(new URL("examples/sichuan-window-monthly/issue-9.json", root), "utf8");
  const { ok, bulletin: issue9 } = validateBulletin(JSON.parse(text));
  if (!ok || issue9 === undefined) throw new Error("the reference issue must be valid");
  const onePage = [1, 2, 3, 4].map((seed) => bulletinOfPages(1, seed));
  const hundred = [1, 2, 3, 4].map((seed) => bulletinOfPages(100, seed));
  const docx = async (bs: Bulletin[]) => Promise.all(bs.map((b) => renderDocx(b)));
  const [issue9Docx] = await docx([issue9]);
  const oneDocx = await docx(onePage);
  const hundredDocx = await docx(hundred);

  // How many pages LibreOffice lays out, where it is installed: the page counts are real.
  const pages = hasOffice
    ? {
        issue9: pdfInfo(convertWithLibreOffice(issue9Docx as Uint8Array, "issue-9.docx", "pdf"))
          .pages,
        onePage: pdfInfo(convertWithLibreOffice(oneDocx[0] as Uint8Array, "one.docx", "pdf")).pages,
        hundredPages: pdfInfo(
          convertWithLibreOffice(hundredDocx[0] as Uint8Array, "hundred.docx", "pdf"),
        ).pages,
      }
    : undefined;
  if (pages) console.log(`pages in LibreOffice: ${JSON.stringify(pages)}`);

  const results = await compareAsync([
    { name: "renderDocx (issue 9)", inputs: 1, fn: () => renderDocx(issue9) },
    { name: "renderDocx (1 page)", inputs: 4, fn: (i) => renderDocx(onePage[i] as Bulletin) },
    { name: "renderDocx (100 pages)", inputs: 4, fn: (i) => renderDocx(hundred[i] as Bulletin) },
    { name: "readDocx (issue 9)", inputs: 1, fn: () => readDocx(issue9Docx as Uint8Array) },
    { name: "readDocx (1 page)", inputs: 4, fn: (i) => readDocx(oneDocx[i] as Uint8Array) },
    { name: "readDocx (100 pages)", inputs: 4, fn: (i) => readDocx(hundredDocx[i] as Uint8Array) },
  ]);
  for (const r of results) console.log(`${r.name}: ${(r.meanMicroseconds / 1000).toFixed(2)} ms`);
  const ms = (name: string): number =>
    (results.find((r) => r.name === name)?.meanMicroseconds ?? Number.NaN) / 1000;
  const renderRatio = ms("renderDocx (100 pages)") / ms("renderDocx (1 page)");
  const readRatio = ms("readDocx (100 pages)") / ms("readDocx (1 page)");
  const targets = [
    target("renderDocx 100 pages / 1 page", renderRatio, "<=", 120),
    target("readDocx 100 pages / 1 page", readRatio, "<=", 120),
  ];
  const chars = (bs: Bulletin[]) =>
    Math.round(bs.reduce((n, b) => n + renderText(b).length, 0) / bs.length);
  const bytes = (ds: Uint8Array[]) => Math.round(ds.reduce((n, d) => n + d.length, 0) / ds.length);
  writeResult("docx", {
    inputs: {
      issue9: { textChars: renderText(issue9).length, docxBytes: issue9Docx?.length },
      onePage: { count: 4, textChars: chars(onePage), docxBytes: bytes(oneDocx) },
      hundredPages: { count: 4, textChars: chars(hundred), docxBytes: bytes(hundredDocx) },
      pagesInLibreOffice: pages ?? "soffice not installed",
    },
    results,
    ratios: { renderDocx100PagesOver1Page: renderRatio, readDocx100PagesOver1Page: readRatio },
    targets,
  });
}
