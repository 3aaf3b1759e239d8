import { readFileSync } from "node:fs";
import { readDocx, renderDocx } from "@bulletin/docx";
import { renderText } from "@bulletin/render";
import { type Bulletin, validateBulletin } from "@bulletin/schema";
import { arbitraryBulletin, convertWithLibreOffice, hasOffice, pdfInfo } from "@bulletin/testkit";
import fc from "fast-check";
import { type TaskResult, target, writeResult } from "../lib/measure";

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
 * Times async tasks interleaved in rounds (as `compare` does for sync ones): each round runs
 * every task `iterations` times over its inputs, round robin; the median round gives the time.
 */
async function compareAsync(
  tasks: { name: string; inputs: number; fn: (i: number) => Promise<unknown> }[],
  rounds = 5,
): Promise<TaskResult[]> {
  const perOp: number[][] = tasks.map(() => []);
  const iterations = tasks.map(() => 1);
  // Calibrate to about 300 ms a round, after a warm-up run of each input.
  for (const [t, task] of tasks.entries()) {
    for (let i = 0; i < task.inputs; i++) await task.fn(i);
    const start = performance.now();
    await task.fn(0);
    iterations[t] = Math.max(1, Math.round(300 / Math.max(performance.now() - start, 0.01)));
  }
  let next = 0;
  for (let r = 0; r < rounds; r++) {
    for (const [t, task] of tasks.entries()) {
      const n = iterations[t] ?? 1;
      const start = performance.now();
      for (let i = 0; i < n; i++) await task.fn(next++ % task.inputs);
      perOp[t]?.push((performance.now() - start) / n);
    }
  }
  return tasks.map((task, t) => {
    const sorted = [...(perOp[t] ?? [])].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
    return {
      name: task.name,
      opsPerSecond: 1000 / median,
      meanMicroseconds: median * 1000,
      samples: sorted.length,
    };
  });
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
