import { readFileSync } from "node:fs";
import { readPdf } from "@bulletin/pdf";
import { createPdfRenderer, renderPdf } from "@bulletin/pdf/print";
import type { Bulletin, Item } from "@bulletin/schema";
import { arbitraryBulletin } from "@bulletin/testkit";
import fc from "fast-check";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { compareAsyncSteps, target, writeResult } from "../lib/measure";

const CHROMIUM = process.env.BULLETIN_CHROMIUM || "/usr/bin/chromium";

/** issue-9 with its news items repeated `times` (ids dropped) to grow it page by page. */
function grown(issue9: Bulletin, times: number): Bulletin {
  const b = structuredClone(issue9);
  for (const section of b.sections.slice(1)) {
    const items = section.items.map(({ id: _id, ...item }): Item => item);
    section.items = Array.from({ length: times }, () =>
      items.map((i) => structuredClone(i)),
    ).flat();
  }
  return b;
}

/** pdf.js alone: open the document and ask every page for its text content (the floor). */
async function textContentFloor(pdf: Uint8Array): Promise<number> {
  const task = getDocument({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  let items = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    items += (await page.getTextContent()).items.length;
    page.cleanup();
  }
  await task.destroy();
  return items;
}

async function pageCount(pdf: Uint8Array): Promise<number> {
  return (await readPdf(pdf)).pages;
}

/**
 * renderPdf and readPdf. Printing: pages a second with one warm browser (createPdfRenderer)
 * against a cold start per issue (renderPdf), over generated bulletins and issue-9. Reading:
 * readPdf against pdf.js's own getTextContent over the same PDFs (the floor: readPdf adds
 * lines, paragraphs and the repair on top). Scale: issue-9 grown to about 1, 10, 50 and 100
 * pages, printed and read, per-page cost at each size.
 */
export async function run(): Promise<void> {
  const root = new URL("../../../../", import.meta.url);
  const issue9 = JSON.parse(
    readFileSync(new URL("examples/sichuan-window-monthly/issue-9.json", root), "utf8"),
  ) as Bulletin;
  const generated = fc.sample(arbitraryBulletin(), { numRuns: 12, seed: 13 });
  const inputs = [issue9, ...generated];

  // Printing, warm against cold.
  const renderer = createPdfRenderer({ executablePath: CHROMIUM });
  const pdfs: Uint8Array[] = [];
  await renderer.render(issue9); // start the browser
  let warmMs = 0;
  let warmPages = 0;
  for (const b of inputs) {
    const start = performance.now();
    const pdf = await renderer.render(b);
    warmMs += performance.now() - start;
    pdfs.push(pdf);
    warmPages += await pageCount(pdf);
  }
  let coldMs = 0;
  let coldPages = 0;
  for (const b of inputs.slice(0, 5)) {
    const start = performance.now();
    const pdf = await renderPdf(b, { executablePath: CHROMIUM });
    coldMs += performance.now() - start;
    coldPages += await pageCount(pdf);
  }
  const warmPagesPerSecond = (warmPages * 1000) / warmMs;
  const coldPagesPerSecond = (coldPages * 1000) / coldMs;
  console.log(
    `print: warm ${warmPagesPerSecond.toFixed(2)} pages/s (${warmPages} pages), cold ${coldPagesPerSecond.toFixed(2)} pages/s (${coldPages} pages)`,
  );

  // Reading against the floor, over the same PDFs.
  const totalPages = warmPages;
  const [read, floor] = await compareAsyncSteps([
    {
      name: `readPdf (${pdfs.length} PDFs, ${totalPages} pages)`,
      fn: async () => {
        for (const pdf of pdfs) await readPdf(pdf);
      },
    },
    {
      name: `pdf.js getTextContent (${pdfs.length} PDFs, ${totalPages} pages)`,
      fn: async () => {
        for (const pdf of pdfs) await textContentFloor(pdf);
      },
    },
  ]);
  if (!read || !floor) throw new Error("missing results");
  const readRatio = read.meanMicroseconds / floor.meanMicroseconds;
  const readPagesPerSecond = (totalPages * 1e6) / read.meanMicroseconds;
  console.log(
    `read: ${readPagesPerSecond.toFixed(1)} pages/s, ${readRatio.toFixed(2)}× pdf.js getTextContent`,
  );

  // Scale: per-page cost from 1 to 100 pages, reading against the floor at each size.
  const scale: {
    pages: number;
    printMs: number;
    readMs: number;
    getTextContentMs: number;
    printMsPerPage: number;
    readMsPerPage: number;
  }[] = [];
  for (const times of [0, 2, 11, 22]) {
    const b =
      times === 0 ? { ...issue9, sections: issue9.sections.slice(0, 1) } : grown(issue9, times);
    const start = performance.now();
    const pdf = await renderer.render(b);
    const printMs = performance.now() - start;
    const pages = await pageCount(pdf);
    const [r, f] = await compareAsyncSteps(
      [
        { name: `readPdf ${pages} pages`, fn: () => readPdf(pdf) },
        { name: `getTextContent ${pages} pages`, fn: () => textContentFloor(pdf) },
      ],
      3,
    );
    const readMs = (r?.meanMicroseconds ?? Number.NaN) / 1000;
    const getTextContentMs = (f?.meanMicroseconds ?? Number.NaN) / 1000;
    scale.push({
      pages,
      printMs,
      readMs,
      getTextContentMs,
      printMsPerPage: printMs / pages,
      readMsPerPage: readMs / pages,
    });
    console.log(
      `scale: ${pages} pages: print ${printMs.toFixed(0)} ms (${(printMs / pages).toFixed(1)} ms/page), read ${readMs.toFixed(0)} ms (${(readMs / pages).toFixed(1)} ms/page; getTextContent ${getTextContentMs.toFixed(0)} ms)`,
    );
  }
  await renderer.close();
  const small = scale[1] as (typeof scale)[number];
  const large = scale[scale.length - 1] as (typeof scale)[number];
  const readGrowth = large.readMsPerPage / small.readMsPerPage;
  const printGrowth = large.printMsPerPage / small.printMsPerPage;
  const floorGrowth = large.getTextContentMs / large.pages / (small.getTextContentMs / small.pages);
  console.log(
    `per-page cost at ${large.pages} pages against ${small.pages}: read ${readGrowth.toFixed(2)}× (getTextContent ${floorGrowth.toFixed(2)}×), print ${printGrowth.toFixed(2)}×`,
  );

  writeResult("pdf", {
    input: { bulletins: inputs.length, generatedSeed: 13, pages: totalPages, chromium: CHROMIUM },
    print: {
      warmPagesPerSecond,
      coldPagesPerSecond,
      warmPages,
      coldPages,
      warmMs,
      coldMs,
      warmOverCold: warmPagesPerSecond / coldPagesPerSecond,
    },
    read: {
      results: [read, floor],
      pagesPerSecond: readPagesPerSecond,
      overGetTextContent: readRatio,
    },
    scale,
    perPageGrowth: {
      read: readGrowth,
      getTextContent: floorGrowth,
      print: printGrowth,
      fromPages: small.pages,
      toPages: large.pages,
    },
    targets: [
      target("readPdf / pdf.js getTextContent (same pages)", readRatio, "<=", 1.5),
      target(
        `readPdf cost per page, ${large.pages} pages / ${small.pages} pages`,
        readGrowth,
        "<=",
        1.5,
      ),
      target(
        `renderPdf cost per page, ${large.pages} pages / ${small.pages} pages`,
        printGrowth,
        "<=",
        1.5,
      ),
    ],
  });
}
