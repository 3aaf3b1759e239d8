import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { isBulletinError } from "@bulletin/format";
import { isPdf, PdfError, readPdf } from "@bulletin/pdf";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { type MadeText, makePdf } from "./make-pdf";

/** The code of the PdfError a read throws, or "read" when it reads. */
async function outcome(bytes: Uint8Array, options = {}): Promise<string> {
  try {
    await readPdf(bytes, options);
    return "read";
  } catch (error) {
    if (error instanceof PdfError) return error.code;
    throw error;
  }
}

const body = (y: number, text: string, x = 72): MadeText => ({ text, x, y });

describe("readPdf on PDFs written by hand", () => {
  test("readPdf: gives the lines of a page top to bottom, whatever order the PDF draws them in", async () => {
    const pdf = makePdf([
      [body(600, "Third line."), body(700, "First line."), body(650, "Second line.")],
    ]);
    const { text, pages, warnings } = await readPdf(pdf);
    expect(text).toBe("First line.\nSecond line.\nThird line.");
    expect(pages).toBe(1);
    expect(warnings).toEqual([]);
  });

  test("readPdf: puts runs of one baseline into one line, left to right, with the space their gap shows", async () => {
    const pdf = makePdf([[body(700, "world", 140), body(700, "Hello", 72)]]);
    expect((await readPdf(pdf)).text).toBe("Hello world");
  });

  test("readPdf: drops page numbers under the text (`- 1 -`, `Page 2 of 2`) with an info warning", async () => {
    const pdf = makePdf([
      [body(700, "Some text."), { text: "- 1 -", x: 280, y: 40 }],
      [body(700, "More text."), { text: "Page 2 of 2", x: 260, y: 40 }],
    ]);
    const { text, warnings } = await readPdf(pdf, { locale: "en" });
    expect(text).toBe("Some text.\nMore text.");
    expect(warnings).toEqual([
      {
        code: "page-number-dropped",
        severity: "info",
        pages: [1, 2],
        message: "page numbers dropped on pages 1, 2",
      },
    ]);
  });

  test("readPdf: drops a running header repeated at the top of the pages with an info warning", async () => {
    const header = (n: number): MadeText => ({
      text: `Window Monthly No. ${n}`,
      x: 72,
      y: 800,
      size: 9,
    });
    const page = (name: string): MadeText[] => [
      header(9),
      body(700, `Page ${name} text.`),
      body(686, "Second line of the page."),
      body(672, "Third line of the page."),
    ];
    const pdf = makePdf([page("one"), page("two"), page("three")]);
    const { text, warnings } = await readPdf(pdf);
    expect(text.split("\n").filter((l) => l.startsWith("Page"))).toEqual([
      "Page one text.",
      "Page two text.",
      "Page three text.",
    ]);
    expect(text).not.toContain("Window Monthly");
    expect(warnings.map((w) => [w.code, w.severity, w.pages])).toEqual([
      ["running-header-dropped", "info", [1, 2, 3]],
    ]);
  });

  test("readPdf: warns about pages without text among pages with text", async () => {
    const { warnings } = await readPdf(makePdf([[body(700, "Text.")], []]), { locale: "en" });
    expect(warnings).toEqual([
      {
        code: "page-without-text",
        severity: "warning",
        pages: [2],
        message: "pages 2 have no text layer (scanned?); their content is missing and needs OCR",
      },
    ]);
  });
});

/** An encryption dictionary of the standard handler whose user password is not empty. */
const ENCRYPT =
  "<</Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" +
  "9b".repeat(32) +
  "> /U <" +
  "5c".repeat(32) +
  ">>>";

describe("isPdf", () => {
  const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
  test.each([
    ["%PDF-1.7\n", true],
    ["\uFEFF%PDF-1.4", true],
    [`${" ".repeat(1000)}%PDF-1.4`, true],
    [`${" ".repeat(1030)}%PDF-1.4`, false],
    ["%PDF", false],
    ["政务窗口月报", false],
    ["", false],
  ])("isPdf(%j) is %s", (text, expected) => {
    expect(isPdf(bytes(text))).toBe(expected);
  });
});

describe("readPdf on bad and hostile files: each fault its own code", () => {
  const good = makePdf([[body(700, "Text.")]]);
  const cases: [string, () => Uint8Array, string, object?][] = [
    [
      "bytes that are not a PDF",
      () => new TextEncoder().encode("<html>not a pdf</html>"),
      "not-a-pdf",
    ],
    ["an empty file", () => new Uint8Array(0), "not-a-pdf"],
    ["a PDF cut off half-way", () => good.subarray(0, Math.floor(good.length / 2)), "truncated"],
    [
      "a PDF whose objects are garbage",
      () => new TextEncoder().encode(`%PDF-1.4\n${"garbage ".repeat(50)}\n%%EOF\n`),
      "damaged",
    ],
    [
      "a PDF that needs a password",
      () =>
        makePdf([[body(700, "Secret.")]], {
          trailer:
            " /Encrypt 6 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]",
          extra: [ENCRYPT],
        }),
      "encrypted",
    ],
    ["a PDF without any text (a scan)", () => makePdf([[], []]), "no-text-layer"],
    ["a PDF over maxBytes", () => good, "too-large", { maxBytes: 100 }],
    [
      "a PDF over maxPages",
      () => makePdf(Array.from({ length: 11 }, () => [])),
      "too-many-pages",
      { maxPages: 10 },
    ],
    [
      "a PDF that takes longer than the timeout",
      () => makePdf(Array.from({ length: 400 }, (_, i) => [body(700, `Page ${i}.`)])),
      "timeout",
      { timeout: 5 },
    ],
  ];

  test.each(cases)("readPdf: refuses %s with a typed error", async (_, make, code, options) => {
    const start = performance.now();
    expect(await outcome(make(), options)).toBe(code);
    expect(performance.now() - start).toBeLessThan(10_000);
  });

  test("readPdf: says what failed and what to do, in zh-CN by default and in en on request", async () => {
    const scan = makePdf([[]]);
    await expect(readPdf(scan)).rejects.toThrow("需要先进行 OCR 文字识别");
    await expect(readPdf(scan, { locale: "en" })).rejects.toThrow(
      "none of the PDF's 1 pages has a text layer (a scan?): it needs OCR first",
    );
  });

  test("readPdf: refuses invalid options with `invalid-option`", async () => {
    for (const options of [{ maxPages: 0 }, { timeout: -1 }, { maxBytes: 1.5 }, { locale: "fr" }]) {
      expect(await outcome(makePdf([[body(700, "x")]]), options)).toBe("invalid-option");
    }
    expect(await outcome("%PDF-1.4" as unknown as Uint8Array)).toBe("invalid-option");
  });

  test("readPdf: an invalid option is a BulletinError whose path names the option", async () => {
    for (const [options, path] of [
      [{ maxPages: 0 }, ["maxPages"]],
      [{ timeout: -1 }, ["timeout"]],
      [{ locale: "fr" }, ["locale"]],
    ] as const) {
      const error = await readPdf(makePdf([[body(700, "x")]]), options as never).catch((e) => e);
      expect(error).toBeInstanceOf(PdfError);
      expect(isBulletinError(error)).toBe(true);
      expect(error).toMatchObject({ code: "invalid-option", path });
    }
  });

  describe("a PDF that points at the network and the file system", () => {
    let requests = 0;
    const server = createServer((_, res) => {
      requests++;
      res.end("%PDF-1.4");
    });
    let base = "";
    beforeAll(async () => {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    test("readPdf: reads the text and fetches nothing: no URL, remote file, launch or script is followed", async () => {
      const fetchSpy = vi.spyOn(globalThis, "fetch");
      const pdf = makePdf([[body(700, "Text with links.")]], {
        catalog: ` /OpenAction <</S /URI /URI (${base}/open)>> /Names <</JavaScript <</Names [(x) <</S /JavaScript /JS (app.launchURL\\("${base}/js"\\))>>]>>>>`,
        page: ` /Annots [<</Type /Annot /Subtype /Link /Rect [0 0 100 100] /A <</S /GoToR /F (${base}/remote.pdf) /D [0 /Fit]>>>> <</Type /Annot /Subtype /Link /Rect [0 0 10 10] /A <</S /Launch /F (/etc/passwd)>>>>] /AA <</O <</S /URI /URI (${base}/aa)>>>>`,
        extra: [`<</Length 0 /F <</FS /URL /F (${base}/external)>>>>\nstream\n\nendstream`],
      });
      const { text } = await readPdf(pdf);
      expect(text).toBe("Text with links.");
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(requests).toBe(0);
      fetchSpy.mockRestore();
    });
  });

  test("readPdf: on random bytes and damaged PDFs gives text or a PdfError, never anything else, quickly", async () => {
    const seedPdf = makePdf([
      [body(700, "Text one."), body(600, "Text two.")],
      [body(700, "Page two.")],
    ]);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc
            .uint8Array({ maxLength: 2000 })
            .map((b) =>
              Uint8Array.from([
                ...new TextEncoder().encode("%PDF-1.7\n"),
                ...b,
                ...new TextEncoder().encode("\n%%EOF\n"),
              ]),
            ),
          fc
            .array(
              fc.record({
                at: fc.nat({ max: seedPdf.length - 1 }),
                byte: fc.integer({ min: 0, max: 255 }),
              }),
              { minLength: 1, maxLength: 20 },
            )
            .map((edits) => {
              const copy = seedPdf.slice();
              for (const { at, byte } of edits) copy[at] = byte;
              return copy;
            }),
        ),
        async (bytes) => {
          const start = performance.now();
          const result = await outcome(bytes, { timeout: 5_000 });
          expect([
            "read",
            "not-a-pdf",
            "truncated",
            "damaged",
            "encrypted",
            "no-text-layer",
            "timeout",
          ]).toContain(result);
          expect(performance.now() - start).toBeLessThan(6_000);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
