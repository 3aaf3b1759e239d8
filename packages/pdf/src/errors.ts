import { BulletinError } from "@bulletin/format";

/**
 * What a {@link PdfError} is about, as a stable string you can switch on.
 *
 * - `not-a-pdf`: the bytes do not start with `%PDF-` (within the first kilobyte).
 * - `truncated`: the file stops before its end (no `%%EOF`); download it again.
 * - `damaged`: the file starts and ends like a PDF but its structure cannot be read.
 * - `encrypted`: the PDF needs a password to open.
 * - `no-text-layer`: no page has text (a scan); it needs OCR before it can be read.
 * - `too-large`, `too-many-pages`: over `maxBytes` or `maxPages`.
 * - `timeout`: reading or printing took longer than `timeout` milliseconds.
 * - `no-browser`: `renderPdf` found no Chromium (or no `playwright-core`) to print with.
 * - `browser-failed`: Chromium started but failed to print.
 * - `invalid-option`: an option has a value outside its type.
 *
 * @example
 * ```ts
 * let code: PdfErrorCode | undefined;
 * try {
 *   await readPdf(new TextEncoder().encode("hello"));
 * } catch (error) {
 *   if (error instanceof PdfError) code = error.code;
 * }
 * code; //=> "not-a-pdf"
 * ```
 */
export type PdfErrorCode =
  | "not-a-pdf"
  | "truncated"
  | "damaged"
  | "encrypted"
  | "no-text-layer"
  | "too-large"
  | "too-many-pages"
  | "timeout"
  | "no-browser"
  | "browser-failed"
  | "invalid-option";

/**
 * Thrown by `readPdf`, `renderPdf` and `createPdfRenderer`: a file that is not a readable PDF,
 * a limit that was reached, or no browser to print with. The message says what failed and what
 * to do (in `zh-CN` or `en`, after `options.locale`). An invalid option carries its `path`
 * (`["timeout"]`), the toolkit's one location shape. A `BulletinError`, like every error of the
 * toolkit.
 *
 * @example
 * ```ts
 * try {
 *   await readPdf(scannedPdf);
 * } catch (error) {
 *   if (error instanceof PdfError) error.code; //=> "no-text-layer"
 * }
 * ```
 */
export class PdfError extends BulletinError<PdfErrorCode> {
  static override readonly name: string = "PdfError";
  override readonly name = "PdfError";
}
