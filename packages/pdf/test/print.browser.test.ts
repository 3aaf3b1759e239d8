/**
 * renderPdf in the system's Chromium, checked with poppler (a second PDF engine): the printed
 * issue-9 has the GB/T 9704-2012 geometry, the document information and the outline; readPdf
 * reads it, and generated bulletins, back to the same model. PNGs of the first and last page
 * are written to test-results/ to look at. Needs Chromium, poppler and Noto CJK: skipped
 * without them on a developer's machine, failed under CI.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseBulletinText } from "@bulletin/parse";
import { PdfError, readPdf } from "@bulletin/pdf";
import { createPdfRenderer, type PdfRenderer, renderPdf } from "@bulletin/pdf/print";
import type { Bulletin } from "@bulletin/schema";
import {
  arbitraryBulletin,
  completed,
  expressible,
  ISSUE9_TAIL_LINES,
  issue9Names,
  launchChromium,
  linesToEndOn,
  optionsFor,
  SPANNING_TABLE_ROWS,
  TAIL_LINE_START,
  withBodyLines,
  withoutEditorialIds,
  withoutGuessedPeriod,
  withoutLabels,
  withoutTail,
} from "@bulletin/testkit";
import { tablesAsText } from "@bulletin/testkit/tables-as-text";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bboxPages, linesOf, type PopplerPage, pdfInfo, pngPages } from "./poppler";
import { printedTables } from "./printed-tables";
import {
  assertTools,
  CHROMIUM,
  issue9,
  runsWith,
  SLOW_MACHINE,
  WRAPPED,
  withTables,
} from "./tools";

const RESULTS = fileURLToPath(new URL("../test-results/", import.meta.url));
const HAN_LIKE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…·]/gu;

/** The 版心 in mm: left 28, top 37, 156 × 225; one line is 225/22 mm. */
const BOX = { left: 28, top: 37, right: 28 + 156, bottom: 37 + 225 };
const LINE = 225 / 22;
const isPageNumber = (text: string): boolean => /^—\s*\d+\s*—$/.test(text);

describe.skipIf(!runsWith("chromium", "poppler", "notoCjk"))(
  "renderPdf: issue-9 printed by Chromium, read with poppler",
  () => {
    const file = `${RESULTS}issue-9.pdf`;
    let pdf: Uint8Array;
    let pages: PopplerPage[];

    beforeAll(async () => {
      assertTools("chromium", "poppler", "notoCjk");
      pdf = await renderPdf(issue9(), { executablePath: CHROMIUM });
      mkdirSync(RESULTS, { recursive: true });
      writeFileSync(file, pdf);
      pages = bboxPages(file);
      pngPages(file, `${RESULTS}issue-9-page`, 1, 1);
      pngPages(file, `${RESULTS}issue-9-page`, pages.length, pages.length);
    }, 120_000);

    test("renderPdf: prints on A4 pages (210 mm × 297 mm)", () => {
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages) {
        expect(page.width).toBeCloseTo(210, 0);
        expect(page.height).toBeCloseTo(297, 0);
      }
    });

    test("renderPdf: keeps all text but the page numbers inside the 版心 (left 28, top 37, 156 × 225 mm, ± 1.5 mm)", () => {
      for (const page of pages) {
        for (const line of linesOf(page).filter((l) => !isPageNumber(l.text))) {
          expect(line.x0).toBeGreaterThanOrEqual(BOX.left - 1.5);
          expect(line.x1).toBeLessThanOrEqual(BOX.right + 1.5);
          expect(line.cy).toBeGreaterThanOrEqual(BOX.top);
          expect(line.cy).toBeLessThanOrEqual(BOX.bottom);
        }
      }
    });

    test("renderPdf: sets 22 body lines on a full page, the first and last on the 版心's line grid (± 1.5 mm)", () => {
      const body = linesOf(pages[1] as PopplerPage).filter((l) => !isPageNumber(l.text));
      expect(body).toHaveLength(22);
      expect(Math.abs((body[0]?.cy ?? 0) - (BOX.top + LINE / 2))).toBeLessThan(1.5);
      expect(Math.abs((body[21]?.cy ?? 0) - (BOX.bottom - LINE / 2))).toBeLessThan(1.5);
      expect(Math.abs((body[0]?.x0 ?? 0) - BOX.left)).toBeLessThan(1.5);
    });

    test("renderPdf: sets at most 28 characters on a body line (two adjacent punctuation marks squeezed into less), most full lines 27 or 28", () => {
      const PUNCT = /[\u3000-\u303f\uff00-\uffef“”‘’—…·]/u;
      const cells = (text: string): number => {
        const chars = text.match(HAN_LIKE) ?? [];
        let pairs = 0;
        for (let k = 1; k < chars.length; k++)
          if (PUNCT.test(chars[k - 1] as string) && PUNCT.test(chars[k] as string)) pairs++;
        return chars.length - pairs / 2;
      };
      // Body lines start at the left edge or two body characters (2 × 156/28 mm) in; the 版记
      // in 4号 starts one 4号 character in.
      const bodyLines = pages
        .slice(1, -1)
        .flatMap((page) =>
          linesOf(page).filter(
            (l) =>
              !isPageNumber(l.text) &&
              (Math.abs(l.x0 - BOX.left) < 1 || Math.abs(l.x0 - BOX.left - (2 * 156) / 28) < 1),
          ),
        );
      expect(bodyLines.length).toBeGreaterThan(40);
      for (const line of bodyLines) {
        expect((line.text.match(/\p{Script=Han}/gu) ?? []).length).toBeLessThanOrEqual(28);
        expect(cells(line.text)).toBeLessThanOrEqual(28);
      }
      const counts = bodyLines.map((l) => cells(l.text));
      expect(counts.filter((n) => n >= 27).length).toBeGreaterThan(counts.length / 2);
    });

    test("renderPdf: numbers pages `— N —` under the 版心, odd pages right and even pages left, one character in", () => {
      const CHAR = 14 / (72 / 25.4); // 4号 (14 pt) in mm
      pages.forEach((page, i) => {
        const numbers = linesOf(page).filter((l) => isPageNumber(l.text));
        expect(numbers.map((l) => l.text.replace(/\s/g, ""))).toEqual([`—${i + 1}—`]);
        const n = numbers[0] as { x0: number; x1: number; cy: number };
        expect(n.cy).toBeGreaterThan(BOX.bottom + 3);
        if ((i + 1) % 2 === 1) expect(Math.abs(n.x1 - (BOX.right - CHAR))).toBeLessThan(1.5);
        else expect(Math.abs(n.x0 - (BOX.left + CHAR))).toBeLessThan(1.5);
      });
    });

    test("renderPdf: sets the document information (title, author = publisher, creation date = publishedOn) and tags the PDF", () => {
      const info = pdfInfo(file);
      expect(info.Title).toBe("政务窗口月报 第9期");
      expect(info.Author).toBe("四川省政府政务服务和公共资源交易服务中心");
      expect(info.CreationDate).toBe("2025-11-10T00:00:00+08");
      expect(info.Tagged).toBe("yes");
      expect(info["Page size"]).toContain("(A4)");
    });

    test("renderPdf: declares the language zh-CN and an outline that lists the four sections", async () => {
      const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
      const doc = await pdfjs.getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
      const { info } = (await doc.getMetadata()) as { info: { Language?: string } };
      expect(info.Language).toBe("zh-CN");
      const outline = await doc.getOutline();
      const titles = (outline ?? []).flatMap((o) => [o.title, ...o.items.map((i) => i.title)]);
      expect(titles).toEqual(
        expect.arrayContaining([
          "一、2025年9月总体运行情况",
          "二、政务工作动态",
          "三、重点工作推进情况",
          "四、窗口资讯",
        ]),
      );
      await doc.destroy();
    });

    test("renderPdf: leaves PNGs of the first and last page to look at (test-results/)", () => {
      const { readdirSync } = require("node:fs") as typeof import("node:fs");
      const pngs = readdirSync(RESULTS).filter(
        (f) => f.startsWith("issue-9-page") && f.endsWith(".png"),
      );
      expect(pngs.length).toBe(2);
      for (const png of pngs)
        expect(readFileSync(`${RESULTS}${png}`).subarray(1, 4).toString()).toBe("PNG");
    });

    test("readPdf: reads the printed issue-9 back to the fixture, as the seed text reads (ids and two labels aside)", async () => {
      const { text, pages: count, warnings } = await readPdf(pdf, SLOW_MACHINE);
      expect(count).toBe(pages.length);
      expect(warnings.map((w) => w.code)).toEqual(["page-number-dropped"]);
      const bulletin = completed(parseBulletinText(text));
      expect(issue9Names(bulletin)).toEqual(withoutEditorialIds(issue9()));
    }, 180_000);
  },
);

describe.skipIf(!runsWith("chromium", "poppler", "notoCjk"))(
  "renderPdf: the 版记 sits at the foot of the last page (read with poppler)",
  () => {
    type Line = ReturnType<typeof linesOf>[number];
    /** Each case's pages with its 版记, and without it (to see that the text above does not move). */
    const cases = {} as Record<"issue9" | "fits" | "overflows", { tail: Line[][]; bare: Line[][] }>;
    const text = (page: Line[]): Line[] => page.filter((l) => !isPageNumber(l.text));
    /** The lines before the 版记 (its first `报：` … line), with their page, to 0.1 mm. */
    const beforeTail = (pages: Line[][]) => {
      const out: { page: number; text: string; cy: number }[] = [];
      for (const [p, page] of pages.entries()) {
        for (const l of text(page)) {
          if (TAIL_LINE_START.test(l.text)) return out;
          out.push({ page: p, text: l.text, cy: Math.round(l.cy * 10) / 10 });
        }
      }
      return out;
    };
    const withCopies = () => {
      const b = issue9();
      b.issue.copies = 120;
      return b;
    };

    beforeAll(async () => {
      assertTools("chromium", "poppler", "notoCjk");
      const renderer = createPdfRenderer({ executablePath: CHROMIUM });
      mkdirSync(RESULTS, { recursive: true });
      const print = async (b: ReturnType<typeof issue9>, name: string): Promise<Line[][]> => {
        const file = `${RESULTS}tail-${name}.pdf`;
        writeFileSync(file, await renderer.render(b));
        return bboxPages(file).map(linesOf);
      };
      try {
        const bare = await print(withoutTail(issue9()), "issue9-bare");
        const lastLines = text(bare.at(-1) as Line[]).length;
        cases.issue9 = { tail: await print(withCopies(), "issue9"), bare };
        // The last text on line 17: the 版记 (its margin of one line, 3 lines and 共印N份 in
        // 4号, about 44 mm) fits in the five lines under it.
        const fits = linesToEndOn(lastLines, 17);
        cases.fits = {
          tail: await print(withBodyLines(withCopies(), fits), "fits"),
          bare: await print(withBodyLines(withoutTail(issue9()), fits), "fits-bare"),
        };
        // The last text on line 21: the 版记 does not fit under it.
        const overflows = linesToEndOn(lastLines, 21);
        cases.overflows = {
          tail: await print(withBodyLines(withCopies(), overflows), "overflows"),
          bare: await print(withBodyLines(withoutTail(issue9()), overflows), "overflows-bare"),
        };
        const n = cases.overflows.tail.length;
        pngPages(`${RESULTS}tail-overflows.pdf`, `${RESULTS}tail-overflows-page`, n - 1, n);
      } finally {
        await renderer.close();
      }
    }, 240_000);

    test.each(["issue9", "fits", "overflows"] as const)(
      "renderPdf (%s): the 版记's last line, 共印120份, is on the last page's last 版心 line (± 1.5 mm)",
      (name) => {
        const last = text(cases[name].tail.at(-1) as Line[]);
        const copies = last.at(-1) as Line;
        expect(copies.text).toBe("共印120份");
        expect(Math.abs(copies.cy - (BOX.bottom - LINE / 2))).toBeLessThan(1.5);
        const first = last.findIndex((l) => TAIL_LINE_START.test(l.text));
        expect(last.slice(first).map((l) => l.text)).toEqual(ISSUE9_TAIL_LINES);
      },
    );

    test.each(["issue9", "fits", "overflows"] as const)(
      "renderPdf (%s): the text above the 版记 is set where it is set without a 版记",
      (name) => {
        expect(beforeTail(cases[name].tail)).toEqual(beforeTail(cases[name].bare));
      },
    );

    test("renderPdf: a 版记 that fits under the last text stays on its page; one that does not goes alone to the foot of a new page", () => {
      expect(cases.fits.tail).toHaveLength(cases.fits.bare.length);
      expect(cases.overflows.tail).toHaveLength(cases.overflows.bare.length + 1);
      const alone = text(cases.overflows.tail.at(-1) as Line[]);
      expect(TAIL_LINE_START.test(alone[0]?.text ?? "")).toBe(true);
      expect(text(cases.overflows.tail.at(-2) as Line[])).toHaveLength(21);
    });

    test("readPdf: reads the 版记 at the foot of the page back as the distribution and copies", async () => {
      const b = withCopies();
      const { text: read } = await readPdf(readFileSync(`${RESULTS}tail-issue9.pdf`), SLOW_MACHINE);
      const back = completed(parseBulletinText(read));
      expect(back.distribution).toEqual(b.distribution);
      expect(back.issue.copies).toBe(120);
    }, 180_000);
  },
);

describe.skipIf(!runsWith("chromium", "notoCjk"))(
  "renderPdf → readPdf → parseBulletinText on generated bulletins (one browser)",
  () => {
    let renderer: PdfRenderer;
    beforeAll(() => {
      assertTools("chromium", "notoCjk");
      renderer = createPdfRenderer({ executablePath: CHROMIUM });
    });
    afterAll(() => renderer?.close());

    test("parseBulletinText(readPdf(renderPdf(b)).text) gives b back, tables included, modulo the text normalisation", async () => {
      let tables = 0;
      await fc.assert(
        fc.asyncProperty(arbitraryBulletin(), async (generated) => {
          // Tables are compared as a ruled print shows them: the text writer's grid (a spanning
          // cell's text in its first column, figure cells as metrics of their own), less a
          // column no cell starts in (printed-tables.ts).
          const b = expressible(tablesAsText(generated, false));
          tables += b.sections
            .flatMap((s) => s.items.flatMap((i) => i.body))
            .filter((block) => !Array.isArray(block)).length;
          const { text } = await readPdf(await renderer.render(b), { timeout: 120_000 });
          const bulletin = completed(parseBulletinText(text, optionsFor(b)));
          expect(withoutLabels(printedTables(withoutGuessedPeriod(bulletin, b)))).toEqual(
            withoutLabels(printedTables(b)),
          );
        }),
        // Each case is a print: shrinking a failure would print hundreds more and run past
        // the timeout (CI once spent 30 minutes here). The first counterexample and the seed
        // are reported as found; shrink it offline with `seed` and `path` if it is too big.
        // The draw is fixed so that a CI run does not hang on luck: random draws found the
        // known limit pinned below (test "a spanning table broken …"); set PDF_PROPERTY_SEED
        // to draw other bulletins.
        {
          numRuns: 30,
          endOnFailure: true,
          seed: Number(process.env.PDF_PROPERTY_SEED ?? 20261202),
        },
      );
      // 30 generated bulletins hold about 30 tables (1 500 samples of 30: fewest 13, median
      // 31), so more than a handful were printed and read.
      expect(tables).toBeGreaterThan(5);
      // 30 prints and reads: about 90 s on an idle 2-core machine, far more on a shared one.
    }, 900_000);

    test("a spanning table broken across pages whose parts hide different borders reads back as two tables, every cell's text kept (known limit)", async () => {
      // Found by the property above with a random draw. On the first page the table's borders
      // are 0, b3, b4 and its right edge (a cell spans the first three columns); on the next,
      // 0, b1, b2, b3 and the right edge (a cell spans the last two). Neither set holds the
      // other, which is also how two different tables of one width look when one ends a page
      // and the next starts the next page; readPdf keeps them apart rather than join two
      // tables into one.
      const generated = JSON.parse(
        readFileSync(new URL("./fixtures/split-spanning-table.json", import.meta.url), "utf8"),
      ) as Bulletin;
      const b = expressible(tablesAsText(generated, false));
      const { text } = await readPdf(await renderer.render(b), SLOW_MACHINE);
      const at = text.indexOf("表4 ");
      const part = text.slice(at, text.indexOf("表20", at));
      expect(part.split("\n").filter((l) => l.startsWith("| --- "))).toHaveLength(2);
      for (const cell of ["研问指中", "表最分当量料", "资", "正然军它二国", "96038", "据然"])
        expect(part).toContain(`| ${cell} |`);
      for (const cell of ["-81.3%", "省被强想入必局", "14", "作以"]) expect(part).toContain(cell);
      expect(part).toContain("注：后由常知面。");
    }, 180_000);

    test("createPdfRenderer: refuses to print after close, with a PdfError", async () => {
      const r = createPdfRenderer({ executablePath: CHROMIUM });
      await r.close();
      await expect(r.render(issue9())).rejects.toBeInstanceOf(PdfError);
    });
  },
);

describe.skipIf(!runsWith("chromium", "poppler", "notoCjk"))(
  "renderPdf → readPdf → parseBulletinText on a bulletin with tables",
  () => {
    const b = withTables(issue9());
    let pdf: Uint8Array;
    beforeAll(async () => {
      assertTools("chromium", "poppler", "notoCjk");
      pdf = await renderPdf(b, { executablePath: CHROMIUM });
      mkdirSync(RESULTS, { recursive: true });
      writeFileSync(`${RESULTS}tables.pdf`, pdf);
      const pages = bboxPages(`${RESULTS}tables.pdf`).length;
      pngPages(`${RESULTS}tables.pdf`, `${RESULTS}tables-page`, pages - 1, pages);
    }, 120_000);

    test("readPdf: gives Chromium's printed tables as `| a | b |` rows, a `| --- |` rule under the head rows, spans as blanks", async () => {
      const { text } = await readPdf(pdf, { timeout: 120_000 });
      const lines = text.split("\n");
      const at = lines.indexOf("表1 各地区受理情况");
      expect(lines.slice(at - 1, at + 8)).toEqual([
        "（一）各地区受理情况如下。",
        "表1 各地区受理情况",
        ...SPANNING_TABLE_ROWS,
        "注：同比为与上年同月相比。",
      ]);
      // The wrapped cell is one cell again, its lines joined.
      expect(lines).toContain(`| 综合窗口 | 1234件 | ${WRAPPED} |`);
    }, 180_000);

    test("readPdf: the printed tables parse back to the model's tables (cells' text, spans as the text writer's grid)", async () => {
      const { text } = await readPdf(pdf, { timeout: 120_000 });
      const got = printedTables(completed(parseBulletinText(text)));
      const want = printedTables(b);
      const tablesOf = (x: typeof b) =>
        x.sections.flatMap((s) => s.items.flatMap((i) => i.body.filter((k) => !Array.isArray(k))));
      expect(tablesOf(got)).toHaveLength(4);
      expect(tablesOf(got)).toEqual(tablesOf(want));
      // The rest of the issue still parses: the 版记 after the tables is read.
      expect(completed(parseBulletinText(text)).distribution).toEqual(b.distribution);
    }, 180_000);
  },
);

describe.skipIf(!runsWith("chromium", "notoCjk"))(
  "readPdf on a Chromium PDF with a running header and 第N页 numbers",
  () => {
    test("readPdf: drops the header on every page and the `第N页` numbers, with info warnings", async () => {
      assertTools("chromium", "notoCjk");
      const paragraph = "政务服务事项全程网办，综合窗口受理政务服务事项，现场咨询服务。".repeat(12);
      const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
      @page { size: A4; margin: 30mm 25mm;
        @top-center { content: "四川省政务服务月报"; font-size: 10pt; }
        @bottom-center { content: "第" counter(page) "页"; font-size: 10pt; } }
      body { font: 14pt/1.8 "Noto Serif CJK SC"; } p { text-indent: 2em; margin: 0; }
      </style></head><body>${`<p>${paragraph}</p>`.repeat(6)}</body></html>`;
      const session = await launchChromium();
      try {
        const page = await session.context.newPage();
        await page.setContent(html);
        const pdf = await page.pdf({ preferCSSPageSize: true });
        const { text, warnings } = await readPdf(pdf, SLOW_MACHINE);
        expect(text.split("\n")).toEqual(Array(6).fill(paragraph));
        expect(warnings.map((w) => w.code).sort()).toEqual([
          "page-number-dropped",
          "running-header-dropped",
        ]);
      } finally {
        await session.close();
      }
    }, 180_000);
  },
);

describe("renderPdf without a browser", () => {
  test("renderPdf: gives `no-browser`, naming the path tried and how to install Chromium", async () => {
    const error = await renderPdf(issue9(), {
      executablePath: "/no/such/chromium",
      locale: "en",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfError);
    expect((error as PdfError).code).toBe("no-browser");
    expect((error as PdfError).message).toContain("/no/such/chromium");
    expect((error as PdfError).message).toContain("apt-get install chromium");
  });

  test("createPdfRenderer: refuses a timeout that is not a positive integer with `invalid-option`", () => {
    expect(() => createPdfRenderer({ timeout: 0 })).toThrow(
      expect.objectContaining({ code: "invalid-option" }),
    );
  });

  test('createPdfRenderer and renderPdf: refuse an unknown locale with `invalid-option` at ["locale"] before any browser starts', async () => {
    expect(() => createPdfRenderer({ locale: "fr" as "en" })).toThrow(
      expect.objectContaining({ code: "invalid-option", path: ["locale"] }),
    );
    const error = await renderPdf(issue9(), {
      locale: "de" as "en",
      executablePath: "/no/such/chromium",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfError);
    expect(error).toMatchObject({ code: "invalid-option", path: ["locale"] });
  });
});
