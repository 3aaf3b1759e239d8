import { repairExtractedText } from "@bulletin/parse";
import { PdfError } from "./errors";
import { mayHoldTable } from "./internal/find-tables";
import { foldRadicals } from "./internal/fold-radicals";
import { layoutText, type PageRuns, type TextRun } from "./internal/layout-text";
import { checkedLocale, errorMessage, type Locale, pageList, quote } from "./internal/messages";
import { type Rule, rulesOf } from "./internal/page-rules";
import { loadPdfJs } from "./internal/pdfjs";
import { withPdfJsRejectionsHandled } from "./internal/pdfjs-rejections";
import { findPageTables } from "./internal/unruled-tables";

/**
 * Options of {@link readPdf}.
 *
 * @example
 * ```ts
 * const options: ReadPdfOptions = { maxPages: 50, timeout: 10_000, locale: "en" };
 * ```
 */
export interface ReadPdfOptions {
  /** Refuse files with more pages than this (default 500): `too-many-pages`. */
  maxPages?: number;
  /** Refuse files larger than this many bytes (default 50 MB): `too-large`. */
  maxBytes?: number;
  /** Give up after this many milliseconds (default 30 000): `timeout`. */
  timeout?: number;
  /** The language of error and warning messages (default `zh-CN`). */
  locale?: Locale;
}

/**
 * What a {@link PdfWarning} is about.
 *
 * - `page-number-dropped` (info): page numbers (`— 1 —`, `- 1 -`, `第1页`) were left out.
 * - `running-header-dropped` (info): a line repeated at the top or bottom of pages was left out.
 * - `page-without-text` (warning): some pages have no text layer (scanned pages?); their
 *   content is missing from the text.
 *
 * @example
 * ```ts
 * const code: PdfWarningCode = "page-number-dropped";
 * ```
 */
export type PdfWarningCode = "page-number-dropped" | "running-header-dropped" | "page-without-text";

/**
 * Something `readPdf` did to the text or could not read, with the pages it concerns.
 *
 * @example
 * ```ts
 * const { warnings } = await readPdf(pdf);
 * warnings[0];
 * //=> { code: "page-number-dropped", severity: "info", pages: [1, 2, 3, 4, 5, 6],
 * //     message: "页码已删除：第 1–6 页" }
 * ```
 */
export interface PdfWarning {
  code: PdfWarningCode;
  severity: "info" | "warning";
  /** The 1-based page numbers concerned. */
  pages: number[];
  message: string;
}

/**
 * The text of a PDF, ready for `parseBulletinText`.
 *
 * @example
 * ```ts
 * const result: PdfText = await readPdf(pdf);
 * result.pages; //=> 6
 * ```
 */
export interface PdfText {
  /**
   * One paragraph a line as the page lays them out, a
   * table (ruled, or a 三线表 of horizontal rules only) as `| a | b |` rows with a `| --- |` rule
   * under its head rows; each line repaired by `repairExtractedText` with `keepLines` (no two
   * paragraphs joined: a title stays apart from the paragraph under it).
   */
  text: string;
  /** How many pages the PDF has. */
  pages: number;
  /** What was dropped or could not be read. */
  warnings: PdfWarning[];
}

const DEFAULTS = { maxPages: 500, maxBytes: 50 * 1024 * 1024, timeout: 30_000 };

const WARNING_TEXT: Record<PdfWarningCode, Record<Locale, (pages: string) => string>> = {
  "page-number-dropped": {
    "zh-CN": (p) => `页码已删除：第 ${p} 页`,
    en: (p) => `page numbers dropped on pages ${p}`,
  },
  "running-header-dropped": {
    "zh-CN": (p) => `页眉页脚已删除：第 ${p} 页`,
    en: (p) => `running headers or footers dropped on pages ${p}`,
  },
  "page-without-text": {
    "zh-CN": (p) => `第 ${p} 页没有文字层（可能是扫描页），其内容未能读取，需要 OCR`,
    en: (p) => `pages ${p} have no text layer (scanned?); their content is missing and needs OCR`,
  },
};

function checkLimit(name: keyof typeof DEFAULTS, value: unknown, locale: Locale): number {
  if (value === undefined) return DEFAULTS[name];
  if (typeof value !== "number" || !Number.isInteger(value) || value <= 0) {
    throw new PdfError(
      "invalid-option",
      errorMessage("invalid-option", locale, {
        option: name,
        expected: "a positive integer",
        expected_zh: "正整数",
        got: quote(value),
      }),
      { path: [name] },
    );
  }
  return value;
}

/** Whether the ASCII `needle` occurs in `bytes[from, to)`. */
function hasAscii(bytes: Uint8Array, needle: string, from: number, to: number): boolean {
  const last = Math.min(to, bytes.length) - needle.length;
  outer: for (let i = Math.max(0, from); i <= last; i++) {
    for (let k = 0; k < needle.length; k++)
      if (bytes[i + k] !== needle.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}

/**
 * Whether bytes are a PDF file by their content: `%PDF-` within the first kilobyte, as PDF
 * readers accept it (ISO 32000-1 §7.5.2, Implementation note). What `readPdf` refuses with
 * `not-a-pdf` is exactly what this says no to.
 *
 * @param bytes - the file
 * @returns whether it starts like a PDF
 * @example
 * ```ts
 * isPdf(new TextEncoder().encode("%PDF-1.7\n…")); //=> true
 * isPdf(new TextEncoder().encode("政务窗口月报")); //=> false
 * ```
 */
export function isPdf(bytes: Uint8Array): boolean {
  return hasAscii(bytes, "%PDF-", 0, 1024 + 5);
}

/** Whether `%%EOF` occurs in the last kilobyte. */
const hasEof = (bytes: Uint8Array): boolean =>
  hasAscii(bytes, "%%EOF", bytes.length - 1024, bytes.length);

/** The first bytes of a file, printable, for a message. */
function startOf(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes.subarray(0, 16)) s += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : ".";
  return quote(s);
}

/**
 * Reads the text of a PDF as `parseBulletinText` wants it: pdf.js text runs grouped into lines
 * by their position, lines in reading order (top to bottom, left to right; one column), the
 * lines of each paragraph joined by geometry (a line that reaches the right edge goes on at the
 * left edge of the next), ruled tables as `| a | b |` rows with a `| --- |` rule under the head
 * rows (the grid the drawn rules make, a spanning cell's text in its first column and blanks in
 * the others, head rows from a tagged PDF's `TH` cells or else a first row without figures, a
 * table broken across pages joined), 三线表 (horizontal rules only) the same way (columns where
 * the rows' text leaves a gap, the head the rows above the rule under it), page numbers (`— 1 —`, `- 1 -`, `第1页`) and running
 * headers dropped with an info warning, Kangxi radicals that CJK font subsets leave (`⼝` for `口`) folded, and
 * each line repaired by `repairExtractedText` with `keepLines`: the page, not the text repair,
 * tells where a paragraph ends.
 *
 * Runs in Node and the browser, on the calling thread. The PDF cannot reach the network or the
 * file system: no URL, font or CMap is fetched and no script runs; size, page count and time are
 * capped (`maxBytes`, `maxPages`, `timeout`).
 *
 * @param bytes - the PDF file
 * @param options - {@link ReadPdfOptions}
 * @returns the text, the page count and warnings
 * @throws {@link PdfError} `not-a-pdf`, `truncated`, `damaged`, `encrypted`, `no-text-layer`
 *   (a scan: it needs OCR), `too-large`, `too-many-pages`, `timeout` or `invalid-option`
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { readPdf } from "@bulletin/pdf";
 * import { parseBulletinText } from "@bulletin/parse";
 *
 * const { text } = await readPdf(await readFile("issue-9.pdf"));
 * text.split("\n").slice(0, 3); //=> ["政务窗口月报", "第9期", "四川省政府政务服务和公共资源交易服务中心2025年11月10日"]
 * parseBulletinText(text).bulletin.issue.number; //=> 9
 * ```
 */
export function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfText> {
  // pdf.js leaves some of its promises unhandled on damaged files; in Node that would end the
  // caller's process after the read (internal/pdfjs-rejections.ts).
  return withPdfJsRejectionsHandled(() => read(bytes, options));
}

/** {@link readPdf}'s work. */
async function read(bytes: Uint8Array, options: ReadPdfOptions): Promise<PdfText> {
  const locale = checkedLocale(options.locale);
  const maxPages = checkLimit("maxPages", options.maxPages, locale);
  const maxBytes = checkLimit("maxBytes", options.maxBytes, locale);
  const timeout = checkLimit("timeout", options.timeout, locale);
  if (!(bytes instanceof Uint8Array)) {
    throw new PdfError(
      "invalid-option",
      errorMessage("invalid-option", locale, {
        option: "bytes",
        expected: "a Uint8Array (or Buffer) of the PDF file",
        expected_zh: "PDF 文件的 Uint8Array（或 Buffer）",
        got: quote(bytes),
      }),
    );
  }
  if (bytes.length > maxBytes) {
    throw new PdfError(
      "too-large",
      errorMessage("too-large", locale, { bytes: bytes.length, max: maxBytes }),
    );
  }
  if (!isPdf(bytes)) {
    throw new PdfError("not-a-pdf", errorMessage("not-a-pdf", locale, { start: startOf(bytes) }));
  }
  if (!hasEof(bytes)) {
    throw new PdfError("truncated", errorMessage("truncated", locale, { bytes: bytes.length }));
  }

  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js may take ownership of the array, and refuses a Buffer: give it a plain copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    enableXfa: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    stopAtErrors: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: 0,
    // readPdf reads text and rules, never pictures: no image is decoded (an image bomb costs
    // nothing).
    maxImageSize: 0,
  });
  const deadline = performance.now() + timeout;
  const timedOut = (): PdfError =>
    new PdfError(
      "timeout",
      errorMessage("timeout", locale, {
        what: locale === "en" ? "reading the PDF" : "读取 PDF ",
        ms: timeout,
      }),
    );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut()), timeout);
  });
  expired.catch(() => undefined);
  // pdf.js runs on this thread and its steps resolve as microtasks, so the timer alone may not
  // get a turn: each step also checks the clock.
  const within = async <T>(p: Promise<T>): Promise<T> => {
    const value = await Promise.race([p, expired]);
    if (performance.now() > deadline) throw timedOut();
    return value;
  };
  try {
    let doc: Awaited<typeof task.promise>;
    try {
      doc = await within(task.promise);
    } catch (error) {
      throw loadError(error, locale);
    }
    if (doc.numPages > maxPages) {
      throw new PdfError(
        "too-many-pages",
        errorMessage("too-many-pages", locale, { pages: doc.numPages, max: maxPages }),
      );
    }
    const pages: PageRuns[] = [];
    // Whether the page before ended in an unruled table that the page break cut.
    let continuing = false;
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await within(doc.getPage(n));
        const viewport = page.getViewport({ scale: 1 });
        const content = await within(page.getTextContent({ includeMarkedContent: true }));
        const runs: (TextRun & { mark?: string; header?: boolean })[] = [];
        // The marked-content section each run is in: a tagged PDF's structure names it.
        const marks: (string | undefined)[] = [];
        for (const item of content.items) {
          if (!("str" in item)) {
            if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent")
              marks.push(item.id ?? undefined);
            else if (item.type === "endMarkedContent") marks.pop();
            continue;
          }
          if (item.str === "") continue;
          const [, , c, d, e, f] = pdfjs.Util.transform(
            viewport.transform,
            item.transform,
          ) as number[];
          const size = Math.hypot(c ?? 0, d ?? 0);
          const run: TextRun & { mark?: string } = {
            str: foldRadicals(item.str),
            x: e ?? 0,
            y: f ?? 0,
            size,
            // pdf.js gives the advance in user space, which a scale-1 viewport keeps.
            width: item.width,
          };
          for (let k = marks.length - 1; k >= 0; k--) {
            const mark = marks[k];
            if (mark === undefined) continue;
            run.mark = mark;
            break;
          }
          runs.push(run);
        }
        // The rules the page draws, for its tables: only where the text looks like a table, or
        // a table cut by the page break goes on (reading what a page draws costs about as much
        // as reading its text).
        let rules: Rule[] = [];
        if (continuing || mayHoldTable(runs, viewport.height)) {
          const ops = await within(page.getOperatorList());
          rules = rulesOf(ops.fnArray, ops.argsArray, pdfjs.OPS, viewport.transform);
        }
        let found = findPageTables(runs, rules, continuing);
        if (found.tables.length > 0 && runs.some((r) => r.mark !== undefined)) {
          // A tagged PDF says which cells are head cells (TH): read it, then find again.
          const roles = rolesOf(await within(page.getStructTree()));
          if (roles.size > 0) {
            for (const run of runs) {
              const role = run.mark === undefined ? undefined : roles.get(run.mark);
              if (role !== undefined) run.header = role === "TH";
            }
            found = findPageTables(runs, rules, continuing);
          }
        }
        continuing = found.tables[found.tables.length - 1]?.cut === true;
        pages.push({
          width: viewport.width,
          height: viewport.height,
          runs: found.rest,
          tables: found.tables,
        });
        page.cleanup();
      } catch (error) {
        if (error instanceof PdfError) throw error;
        throw new PdfError(
          "damaged",
          errorMessage("damaged", locale, { reason: `page ${n}: ${reasonOf(error)}` }),
          { cause: error },
        );
      }
    }
    const laid = layoutText(pages);
    if (laid.chars === 0) {
      throw new PdfError(
        "no-text-layer",
        errorMessage("no-text-layer", locale, { pages: doc.numPages }),
      );
    }
    const warnings: PdfWarning[] = [];
    const warn = (code: PdfWarningCode, severity: PdfWarning["severity"], list: number[]): void => {
      if (list.length > 0)
        warnings.push({
          code,
          severity,
          pages: list,
          message: WARNING_TEXT[code][locale](pageList(list)),
        });
    };
    warn("page-without-text", "warning", laid.dropped.emptyPages);
    warn("page-number-dropped", "info", laid.dropped.pageNumbers);
    warn("running-header-dropped", "info", laid.dropped.headers);
    return {
      text: repairExtractedText(laid.paragraphs.join("\n"), { keepLines: true }),
      pages: doc.numPages,
      warnings,
    };
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
}

/** A node of pdf.js's structure tree: a role and children, or a marked-content reference. */
interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/**
 * For each marked-content id in a page's structure tree, whether it sits in a table's head cell
 * (`TH`) or another cell (`TD`); ids outside table cells are left out.
 */
function rolesOf(tree: unknown): Map<string, "TH" | "TD"> {
  const roles = new Map<string, "TH" | "TD">();
  const walk = (node: StructNode, cell: "TH" | "TD" | undefined, depth: number): void => {
    if (depth > 200) return;
    if (node.type === "content" && node.id !== undefined && cell !== undefined) {
      roles.set(node.id, cell);
      return;
    }
    const here = node.role === "TH" || node.role === "TD" ? node.role : cell;
    for (const child of node.children ?? []) walk(child, here, depth + 1);
  };
  if (tree && typeof tree === "object") walk(tree as StructNode, undefined, 0);
  return roles;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The PdfError for a failure to open a document. */
function loadError(error: unknown, locale: Locale): PdfError {
  if (error instanceof PdfError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === "PasswordException" || /encrypt/i.test(reasonOf(error))) {
    return new PdfError("encrypted", errorMessage("encrypted", locale), { cause: error });
  }
  return new PdfError("damaged", errorMessage("damaged", locale, { reason: reasonOf(error) }), {
    cause: error,
  });
}
