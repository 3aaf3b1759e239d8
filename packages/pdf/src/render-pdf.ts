import { type DateStyle, renderHtml } from "@bulletin/render";
import type { Bulletin } from "@bulletin/schema";
import { PdfError } from "./errors";
import { CHROMIUM_ARGS } from "./internal/chromium-args";
import { findBrowser } from "./internal/find-browser";
import { checkedLocale, errorMessage, type Locale, quote } from "./internal/messages";
import { setPdfInfo } from "./internal/set-pdf-info";
import { PRINT_AREA, placeTailAtFootInPage } from "./internal/tail-at-foot";

type Playwright = typeof import("playwright-core");
type Browser = Awaited<ReturnType<Playwright["chromium"]["launch"]>>;
type BrowserContext = Awaited<ReturnType<Browser["newContext"]>>;

/**
 * Options of {@link createPdfRenderer}: which browser, and limits.
 *
 * @example
 * ```ts
 * const options: PdfRendererOptions = { executablePath: "/usr/bin/chromium", timeout: 60_000 };
 * ```
 */
export interface PdfRendererOptions {
  /** The Chromium (or Chrome, Edge) executable; default `BULLETIN_CHROMIUM`, then the usual paths. */
  executablePath?: string;
  /** Milliseconds to start the browser and, separately, to print one issue (default 60 000). */
  timeout?: number;
  /** The language of error messages (default `zh-CN`). */
  locale?: Locale;
}

/**
 * Options of one print: how the masthead writes the date.
 *
 * @example
 * ```ts
 * const options: PrintOptions = { dateStyle: "chinese" };
 * ```
 */
export interface PrintOptions {
  /** `2025年11月10日` (default) or `二〇二五年十一月十日`, as in `renderHtml`. */
  dateStyle?: DateStyle;
}

/**
 * Options of {@link renderPdf}: the browser's and the print's.
 *
 * @example
 * ```ts
 * const options: RenderPdfOptions = { executablePath: "/usr/bin/chromium", dateStyle: "chinese" };
 * ```
 */
export interface RenderPdfOptions extends PdfRendererOptions, PrintOptions {}

/**
 * A browser kept open to print many issues; close it when done.
 *
 * @example
 * ```ts
 * const renderer: PdfRenderer = createPdfRenderer();
 * try {
 *   for (const issue of issues) await writeFile(`${issue.issue.number}.pdf`, await renderer.render(issue));
 * } finally {
 *   await renderer.close();
 * }
 * ```
 */
export interface PdfRenderer {
  /** Prints one bulletin; see {@link renderPdf}. */
  render(bulletin: Bulletin, options?: PrintOptions): Promise<Uint8Array>;
  /** Closes the browser (and its temporary profile). Safe to call twice. */
  close(): Promise<void>;
}

function checkTimeout(value: unknown, locale: Locale): number {
  if (value === undefined) return 60_000;
  if (typeof value === "number" && Number.isInteger(value) && value > 0) return value;
  throw new PdfError(
    "invalid-option",
    errorMessage("invalid-option", locale, {
      option: "timeout",
      expected: "a positive integer (milliseconds)",
      expected_zh: "正整数（毫秒）",
      got: quote(value),
    }),
    { path: ["timeout"] },
  );
}

/** `D:20251110000000+08'00'`: the publication day, in China Standard Time. */
function pdfDate(isoDate: string): string {
  const digits = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return digits ? `D:${digits[1]}${digits[2]}${digits[3]}000000+08'00'` : "D:19700101000000Z";
}

/** Rejects with a `timeout` PdfError when `p` has not settled after `ms`. */
async function within<T>(p: Promise<T>, ms: number, what: string, locale: Locale): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new PdfError("timeout", errorMessage("timeout", locale, { what, ms }))),
          ms,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Keeps one headless Chromium open to print many bulletins (the CLI prints every input with
 * one). The browser starts on the first `render`; `close()` ends it. Each print gets a fresh
 * page with scripts and the network off.
 *
 * @param options - {@link PdfRendererOptions}
 * @returns a {@link PdfRenderer}
 * @throws {@link PdfError} `invalid-option` at once; `no-browser`, `browser-failed` and `timeout`
 *   from `render`
 * @example
 * ```ts
 * import { createPdfRenderer } from "@bulletin/pdf/print";
 *
 * const renderer = createPdfRenderer({ executablePath: "/usr/bin/chromium" });
 * try {
 *   const pdfs = [];
 *   for (const issue of [issue9, issue10]) pdfs.push(await renderer.render(issue));
 *   pdfs.length; //=> 2
 * } finally {
 *   await renderer.close();
 * }
 * ```
 */
export function createPdfRenderer(options: PdfRendererOptions = {}): PdfRenderer {
  const locale = checkedLocale(options.locale);
  const timeout = checkTimeout(options.timeout, locale);
  if (options.executablePath !== undefined && typeof options.executablePath !== "string") {
    throw new PdfError(
      "invalid-option",
      errorMessage("invalid-option", locale, {
        option: "executablePath",
        expected: "the path of a Chromium executable",
        expected_zh: "Chromium 可执行文件的路径",
        got: quote(options.executablePath),
      }),
      { path: ["executablePath"] },
    );
  }
  let starting: Promise<{ browser: Browser; context: BrowserContext; path: string }> | undefined;
  let closed = false;

  const start = async (): Promise<{ browser: Browser; context: BrowserContext; path: string }> => {
    const found = findBrowser(options.executablePath);
    if (!("path" in found)) {
      throw new PdfError(
        "no-browser",
        errorMessage("no-browser", locale, { tried: found.tried.join(", ") }),
      );
    }
    let playwright: Playwright;
    try {
      playwright = await import("playwright-core");
    } catch (error) {
      throw new PdfError("no-browser", errorMessage("no-driver", locale), { cause: error });
    }
    let browser: Browser;
    try {
      browser = await playwright.chromium.launch({
        executablePath: found.path,
        headless: true,
        timeout,
        args: [...CHROMIUM_ARGS],
      });
    } catch (error) {
      throw new PdfError(
        "browser-failed",
        errorMessage("browser-failed", locale, { path: found.path, reason: firstLine(error) }),
        { cause: error },
      );
    }
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    // The page is written inline; nothing it could ask for is fetched.
    await context.route("**/*", (route) => route.abort());
    return { browser, context, path: found.path };
  };

  return {
    async render(bulletin: Bulletin, print: PrintOptions = {}): Promise<Uint8Array> {
      if (closed) {
        throw new PdfError(
          "browser-failed",
          locale === "en" ? "the PDF renderer is closed" : "PDF 打印器已关闭",
        );
      }
      const html = renderHtml(bulletin, {
        document: true,
        theme: "official",
        locale,
        ...(print.dateStyle === undefined ? {} : { dateStyle: print.dateStyle }),
      });
      starting ??= start();
      let session: Awaited<typeof starting>;
      try {
        session = await starting;
      } catch (error) {
        starting = undefined;
        throw error;
      }
      const what = locale === "en" ? "printing the PDF" : "打印 PDF ";
      const page = await session.context.newPage();
      let pdf: Uint8Array;
      try {
        await within(page.setContent(html, { waitUntil: "load", timeout }), timeout, what, locale);
        // The 版记 to the foot of the last page, measured as the page prints.
        await within(page.emulateMedia({ media: "print" }), timeout, what, locale);
        await within(page.evaluate(placeTailAtFootInPage, PRINT_AREA), timeout, what, locale);
        pdf = await within(
          page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true }),
          timeout,
          what,
          locale,
        );
      } catch (error) {
        if (error instanceof PdfError) throw error;
        throw new PdfError(
          "browser-failed",
          errorMessage("browser-failed", locale, { path: session.path, reason: firstLine(error) }),
          { cause: error },
        );
      } finally {
        await page.close().catch(() => undefined);
      }
      const withInfo = setPdfInfo(pdf, {
        title: titleOf(html),
        author: bulletin.publication.publisher.name,
        creationDate: pdfDate(bulletin.issue.publishedOn),
        creator: "@bulletin/pdf (Chromium)",
        lang: "zh-CN",
      });
      return withInfo ?? new Uint8Array(pdf);
    },
    async close(): Promise<void> {
      closed = true;
      const pending = starting;
      starting = undefined;
      if (pending === undefined) return;
      const session = await pending.catch(() => undefined);
      await session?.browser.close().catch(() => undefined);
    },
  };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

/** The page's `<title>` (the masthead title and number, as renderHtml writes them), unescaped. */
function titleOf(html: string): string {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "";
  return title.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? "");
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}

/**
 * Prints a bulletin to PDF: `renderHtml(bulletin, { document: true, theme: "official" })` in
 * headless Chromium through `playwright-core`, so the GB/T 9704-2012 layout (A4, 版心 156 ×
 * 225 mm, 22 lines of 28 characters, page numbers `— 1 —`), with the 版记 at the foot of the
 * last page (or of a page of its own when it does not fit under the text; measured in the page
 * before printing, since print CSS has no page floats; a 版记 taller than a page stays in the
 * flow). The PDF is tagged, has an outline
 * of the sections and its document information set: title, author (the publisher), creation
 * date (`publishedOn`) and language (`zh-CN`). The browser is the system's:
 * `options.executablePath`, else `BULLETIN_CHROMIUM`, else the usual places; nothing is
 * downloaded. For many issues, {@link createPdfRenderer} keeps one browser open.
 *
 * @param bulletin - a valid bulletin (see `validateBulletin` in `@bulletin/schema`)
 * @param options - {@link RenderPdfOptions}
 * @returns the PDF file
 * @throws {@link PdfError} `no-browser` (with how to install one), `browser-failed`, `timeout`,
 *   `invalid-option`; `RenderError` from `@bulletin/render` for a reference that does not resolve
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { renderPdf } from "@bulletin/pdf/print";
 *
 * const pdf = await renderPdf(issue9);
 * new TextDecoder().decode(pdf.subarray(0, 5)); //=> "%PDF-"
 * await writeFile("issue-9.pdf", pdf);
 * ```
 */
export async function renderPdf(
  bulletin: Bulletin,
  options: RenderPdfOptions = {},
): Promise<Uint8Array> {
  const renderer = createPdfRenderer(options);
  try {
    return await renderer.render(
      bulletin,
      options.dateStyle === undefined ? {} : { dateStyle: options.dateStyle },
    );
  } finally {
    await renderer.close();
  }
}
