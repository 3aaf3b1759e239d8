/**
 * The DOCX proved with a real consumer: LibreOffice converts the reference issue's DOCX to
 * PDF and poppler measures it (A4, every text box inside the GB/T 9704-2012 版心, 22 lines on
 * every full page, at most 28 characters on a body line, `— 1 —` under the 版心, the masthead
 * on page 1 and the 版记 at the foot of the last page, or of a new page when it does not fit). The first and last pages are saved as PNGs in
 * test-results/ for a person to look at. A second producer: LibreOffice's own DOCX of the HTML
 * document is read back by readDocx.
 *
 * Skips when soffice or poppler is absent, except in CI (CI=true), where the tests fail.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readDocx, renderDocx } from "@bulletin/docx";
import { parseBulletinText } from "@bulletin/parse";
import { renderHtml, renderText } from "@bulletin/render";
import {
  completed,
  convertAllWithLibreOffice,
  convertWithLibreOffice,
  hasOffice,
  ISSUE9_TAIL_LINES,
  linesToEndOn,
  type PdfLine,
  type PdfPage,
  PT_PER_MM,
  pdfInfo,
  pdfLines,
  readIssue9,
  savePagePng,
  skipWithout,
  TAIL_LINE_START,
  withBodyLines,
  withoutTail,
  withSpanningTable,
} from "@bulletin/testkit";
import { beforeAll, describe, expect, test } from "vitest";

const issue9 = readIssue9;

const RESULTS = fileURLToPath(new URL("../test-results/", import.meta.url));
/** Skipped without LibreOffice and poppler, except in CI (CI=true), where the tests run and fail. */
const skip = skipWithout(hasOffice);

/** The 版心 in points from the top left: left 28 mm, top 37 mm, 156 × 225 mm. */
const BOX = {
  left: 28 * PT_PER_MM,
  top: 37 * PT_PER_MM,
  right: (28 + 156) * PT_PER_MM,
  bottom: (37 + 225) * PT_PER_MM,
};
const TOLERANCE = 1.5 * PT_PER_MM;
const PAGE_NUMBER = /^—\d+—$/;
const HEADING = /^[一二三四五六七八九十]+、/;
/** Characters that take a full em: Han, CJK and full-width punctuation. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…·]/gu;
/** A 三号 (16 pt) line's box is about 21 pt high; 14 pt lines about 18 pt, the 36 pt title 47. */
const isBodyLine = (line: PdfLine): boolean =>
  line.yMax - line.yMin > 19.5 && line.yMax - line.yMin < 23;

describe.skipIf(skip)("renderDocx in LibreOffice, measured with poppler", () => {
  let pdf: Buffer;
  let pages: PdfPage[];

  beforeAll(async () => {
    const docx = await renderDocx(issue9());
    pdf = convertWithLibreOffice(docx, "issue-9.docx", "pdf");
    pages = pdfLines(pdf);
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(`${RESULTS}issue-9.docx`, docx);
    savePagePng(pdf, 1, `${RESULTS}issue-9-page-1`);
    savePagePng(pdf, pages.length, `${RESULTS}issue-9-page-last`);
  }, 180_000);

  test("renderDocx: every page is A4", () => {
    expect(pdfInfo(pdf).pageSize).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)$/);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) {
      expect(page.width / PT_PER_MM).toBeCloseTo(210, 0);
      expect(page.height / PT_PER_MM).toBeCloseTo(297, 0);
    }
  });

  test("renderDocx: every text box but the page number lies inside the 版心 (± 1.5 mm)", () => {
    const outside = pages.flatMap((page, p) =>
      page.lines
        .filter((l) => !PAGE_NUMBER.test(l.text))
        .filter(
          (l) =>
            l.xMin < BOX.left - TOLERANCE ||
            l.xMax > BOX.right + TOLERANCE ||
            l.yMin < BOX.top - TOLERANCE ||
            l.yMax > BOX.bottom + TOLERANCE,
        )
        .map((l) => `page ${p + 1}: ${l.text} (${l.xMin}, ${l.yMin})–(${l.xMax}, ${l.yMax})`),
    );
    expect(outside).toEqual([]);
  });

  test("renderDocx: every full page has 22 lines, 28.95 pt apart (a page ends early only before a heading kept with its text)", () => {
    for (let p = 1; p < pages.length - 1; p++) {
      const body = (pages[p] as PdfPage).lines.filter((l) => !PAGE_NUMBER.test(l.text));
      const next = (pages[p + 1] as PdfPage).lines[0]?.text ?? "";
      if (body.length !== 22) {
        expect(HEADING.test(next), `page ${p + 1} has ${body.length} lines`).toBe(true);
        expect(body.length).toBeGreaterThanOrEqual(20);
      }
      for (let i = 1; i < body.length; i++) {
        const pitch = (body[i] as PdfLine).yMin - (body[i - 1] as PdfLine).yMin;
        expect(pitch).toBeCloseTo((225 * PT_PER_MM) / 22, 0);
      }
    }
    const full = pages
      .slice(1, -1)
      .filter((page) => page.lines.filter((l) => !PAGE_NUMBER.test(l.text)).length === 22);
    expect(full.length).toBeGreaterThan(0);
  });

  test("renderDocx: a body line holds at most 28 characters, and a full one holds 28", () => {
    const counts = pages.flatMap((page) =>
      page.lines
        .filter(isBodyLine)
        .map((l) => ({ text: l.text, n: l.text.match(CJK)?.length ?? 0 })),
    );
    expect(counts.filter((c) => c.n > 28)).toEqual([]);
    expect(counts.some((c) => c.n === 28)).toBe(true);
  });

  test("renderDocx: page 1 has the masthead in its upper third and `— 1 —` 7 mm under the 版心, on the right", () => {
    const [first] = pages as [PdfPage];
    const title = first.lines.find((l) => l.text === "政务窗口月报");
    expect(title).toBeDefined();
    expect((title as PdfLine).yMax).toBeLessThan(first.height / 3);
    const number = first.lines.find((l) => PAGE_NUMBER.test(l.text));
    expect(number?.text).toBe("—1—");
    const gap = ((number as PdfLine).yMin - BOX.bottom) / PT_PER_MM;
    expect(gap).toBeGreaterThan(5.5);
    expect(gap).toBeLessThan(8.5);
    // Odd pages: right, one character (14 pt) in.
    expect(Math.abs((number as PdfLine).xMax - (BOX.right - 14))).toBeLessThan(TOLERANCE);
  });

  test("renderDocx: even pages carry the page number on the left, one character in", () => {
    const number = (pages[1] as PdfPage).lines.find((l) => PAGE_NUMBER.test(l.text));
    expect(number?.text).toBe("—2—");
    expect(Math.abs((number as PdfLine).xMin - (BOX.left + 14))).toBeLessThan(TOLERANCE);
  });

  test("renderDocx: the 版记 (报/发 lines) is on the last page, its last line on the 版心's last line (± 1.5 mm)", () => {
    const last = (pages[pages.length - 1] as PdfPage).lines.filter(
      (l) => !PAGE_NUMBER.test(l.text),
    );
    expect(last.some((t) => t.text.startsWith("报：省政务管理办公室"))).toBe(true);
    expect(last.some((t) => t.text.startsWith("发：省级相关部门"))).toBe(true);
    expect(last.at(-1)?.text).toBe("（室）、直属单位。");
    expect(Math.abs(middle(last.at(-1) as PdfLine) - LAST_LINE)).toBeLessThan(TOLERANCE);
  });
});

/** The vertical middle of the 版心's last (22nd) line, in points from the top. */
const LAST_LINE = BOX.bottom - (225 * PT_PER_MM) / 22 / 2;
const middle = (l: PdfLine): number => (l.yMin + l.yMax) / 2;

/** A page's lines but the page number. */
const textLines = (page: PdfPage): PdfLine[] => page.lines.filter((l) => !PAGE_NUMBER.test(l.text));

/** The lines of a PDF before its 版记 (the first `报：` … line on the last pages), by page. */
function linesBeforeTail(pages: PdfPage[]): { page: number; text: string; yMin: number }[] {
  const out: { page: number; text: string; yMin: number }[] = [];
  for (const [p, page] of pages.entries()) {
    for (const l of textLines(page)) {
      if (TAIL_LINE_START.test(l.text)) return out;
      out.push({ page: p, text: l.text, yMin: Math.round(l.yMin) });
    }
  }
  return out;
}

describe.skipIf(skip)(
  "renderDocx: the 版记 sits at the foot of the last page (LibreOffice, poppler)",
  () => {
    /** Each case's PDF with its 版记, and without it (to see that the text above does not move). */
    const cases: Record<"issue9" | "fits" | "overflows", { tail: PdfPage[]; bare: PdfPage[] }> =
      {} as never;
    const withCopies = () => {
      const b = issue9();
      b.issue.copies = 120;
      return b;
    };

    beforeAll(async () => {
      // One LibreOffice run converts all seven documents (its start-up is most of the cost).
      const [bare] = convertAllWithLibreOffice(
        [{ input: await renderDocx(withoutTail(issue9())), name: "bare.docx" }],
        "pdf",
      ).map(pdfLines) as [PdfPage[]];
      const lastLines = textLines(bare.at(-1) as PdfPage).length;
      // The last text on line 18: the 版记 (3 lines and 共印N份, 30 mm with its rules) just fits
      // under it, in the four lines left. On line 21 it does not fit.
      const fits = linesToEndOn(lastLines, 18);
      const overflows = linesToEndOn(lastLines, 21);
      const documents = [
        ["issue9", withCopies()],
        ["fits", withBodyLines(withCopies(), fits)],
        ["fits-bare", withBodyLines(withoutTail(issue9()), fits)],
        ["overflows", withBodyLines(withCopies(), overflows)],
        ["overflows-bare", withBodyLines(withoutTail(issue9()), overflows)],
      ] as const;
      const files = await Promise.all(
        documents.map(async ([name, b]) => ({ input: await renderDocx(b), name: `${name}.docx` })),
      );
      const pdfs = convertAllWithLibreOffice(files, "pdf");
      const [tail9, fitsTail, fitsBare, overTail, overBare] = pdfs.map(pdfLines) as PdfPage[][];
      cases.issue9 = { tail: tail9 as PdfPage[], bare };
      cases.fits = { tail: fitsTail as PdfPage[], bare: fitsBare as PdfPage[] };
      cases.overflows = { tail: overTail as PdfPage[], bare: overBare as PdfPage[] };
      const over = pdfs[3] as Buffer;
      mkdirSync(RESULTS, { recursive: true });
      savePagePng(over, cases.overflows.tail.length - 1, `${RESULTS}tail-overflows-page-before`);
      savePagePng(over, cases.overflows.tail.length, `${RESULTS}tail-overflows-page-last`);
    }, 300_000);

    test.each(["issue9", "fits", "overflows"] as const)(
      "renderDocx (%s): the 版记's last line, 共印120份, is on the last page's last 版心 line (± 1.5 mm)",
      (name) => {
        const last = textLines(cases[name].tail.at(-1) as PdfPage);
        expect(last.at(-1)?.text).toBe("共印120份");
        expect(Math.abs(middle(last.at(-1) as PdfLine) - LAST_LINE)).toBeLessThan(TOLERANCE);
        // The 版记's lines follow each other, the first under any text of the page.
        const first = last.findIndex((l) => TAIL_LINE_START.test(l.text));
        expect(first).toBeGreaterThanOrEqual(0);
        expect(last.slice(first).map((l) => l.text)).toEqual(ISSUE9_TAIL_LINES);
      },
    );

    test.each(["issue9", "fits", "overflows"] as const)(
      "renderDocx (%s): the text above the 版记 is set where it is set without a 版记",
      (name) => {
        expect(linesBeforeTail(cases[name].tail)).toEqual(linesBeforeTail(cases[name].bare));
      },
    );

    test("renderDocx: a 版记 that fits under the last text stays on its page; one that does not goes alone to the foot of a new page", () => {
      expect(cases.fits.tail.length).toBe(cases.fits.bare.length);
      expect(cases.overflows.tail.length).toBe(cases.overflows.bare.length + 1);
      const alone = textLines(cases.overflows.tail.at(-1) as PdfPage);
      expect(TAIL_LINE_START.test(alone[0]?.text ?? "")).toBe(true);
      // On the page before, the text ends on line 21 as it does without a 版记.
      const before = textLines(cases.overflows.tail.at(-2) as PdfPage);
      expect(before).toHaveLength(21);
    });
  },
);

describe.skipIf(skip)("readDocx on a DOCX that LibreOffice wrote (a second producer)", () => {
  test("readDocx: LibreOffice's DOCX of the HTML document parses to the bulletin the text layout gives", async () => {
    const b = issue9();
    const html = renderHtml(b, { document: true, theme: "official" });
    const docx = convertWithLibreOffice(html, "issue-9.html", "docx");
    const { text } = await readDocx(docx);
    expect(text.split("\n\n").slice(0, 2)).toEqual(["政务窗口月报", "第9期"]);
    expect(completed(parseBulletinText(text))).toEqual(completed(parseBulletinText(renderText(b))));
  }, 180_000);
});

describe.skipIf(skip)("a table with spans, opened by LibreOffice", () => {
  let docx: Uint8Array;
  let lines: PdfLine[];
  /** The box of the PDF line whose text is `text` (a cell is a line of its own). */
  const box = (text: string): PdfLine => {
    const found = lines.filter((l) => l.text === text);
    expect(found, `one line reads ${text}`).toHaveLength(1);
    return found[0] as PdfLine;
  };
  const middle = (l: PdfLine) => ({ x: (l.xMin + l.xMax) / 2, y: (l.yMin + l.yMax) / 2 });

  beforeAll(async () => {
    docx = await renderDocx(withSpanningTable(issue9()));
    const pdf = convertWithLibreOffice(docx, "table.docx", "pdf");
    const pages = pdfLines(pdf);
    // The table is in the last section, on the last page or the one before.
    lines = pages.slice(-2).flatMap((page) => page.lines);
    mkdirSync(RESULTS, { recursive: true });
    savePagePng(pdf, pages.length, `${RESULTS}table-page-last`);
  }, 180_000);

  test("renderDocx: every cell, the caption and the note are in the PDF's text, in 小四 inside the 版心", () => {
    const cells = [
      "地区",
      "受理量",
      "办结率",
      "本月",
      "同比",
      "成都市",
      "4528件",
      "+3.2%",
      "98.5%",
    ];
    for (const text of [...cells, "绵阳市", "1260件", "—", "合计", "5788件", "/"]) {
      const l = box(text);
      expect(l.xMin).toBeGreaterThan(BOX.left - TOLERANCE);
      expect(l.xMax).toBeLessThan(BOX.right + TOLERANCE);
      // 12 pt text: a line box of about 15 pt (the body's 16 pt lines are about 21 pt high).
      expect(l.yMax - l.yMin).toBeGreaterThan(11);
      expect(l.yMax - l.yMin).toBeLessThan(17);
    }
    // pdftotext's words of a line are joined without spaces.
    expect(box("表1各地区受理情况").yMax).toBeLessThan(box("受理量").yMin);
    expect(box("注：同比为与上年同月相比。").yMin).toBeGreaterThan(box("合计").yMax);
  });

  test("renderDocx: the spans show: 受理量 over 本月 and 同比, 地区 and 98.5% centred across two rows", () => {
    const over = middle(box("受理量"));
    expect(box("本月").xMax).toBeLessThan(over.x);
    expect(box("同比").xMin).toBeGreaterThan(over.x);
    // Rows top to bottom.
    const ys = ["受理量", "本月", "成都市", "绵阳市", "合计"].map((t) => middle(box(t)).y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    // A cell merged over two rows is centred between them.
    const region = middle(box("地区")).y;
    expect(region).toBeGreaterThan(middle(box("受理量")).y);
    expect(region).toBeLessThan(middle(box("本月")).y);
    const rate = middle(box("98.5%")).y;
    expect(rate).toBeGreaterThan(middle(box("成都市")).y);
    expect(rate).toBeLessThan(middle(box("绵阳市")).y);
    // 5788件 spans the 本月 and 同比 columns: centred on their boundary.
    expect(Math.abs(middle(box("5788件")).x - over.x)).toBeLessThan(3);
  });

  test("readDocx: LibreOffice's own DOCX of the table reads back to the same table", async () => {
    const b = withSpanningTable(issue9());
    const resaved = convertWithLibreOffice(docx, "table.docx", "docx");
    const { text } = await readDocx(resaved);
    expect(completed(parseBulletinText(text)).sections.at(-1)).toEqual(
      completed(parseBulletinText(renderText(b))).sections.at(-1),
    );
  }, 180_000);
});
