/**
 * The codes a {@link DocxError} can carry, stable across versions.
 *
 * @example
 * ```ts
 * let code: DocxErrorCode | undefined;
 * try {
 *   await readDocx(new TextEncoder().encode("not a document"));
 * } catch (error) {
 *   if (error instanceof DocxError) code = error.code;
 * }
 * code; //=> "not-docx"
 * ```
 */
export type DocxErrorCode =
  /** The input is not a `Uint8Array` (or `ArrayBuffer`). */
  | "invalid-input"
  /** The bytes are not a zip package at all (a PDF, a text file, an image…). */
  | "not-docx"
  /** The bytes are a legacy Word 97–2003 `.doc` (an OLE compound file), not a DOCX. */
  | "legacy-doc"
  /** The document is password-protected: Word stores it as an OLE compound file holding an `EncryptedPackage`. */
  | "encrypted"
  /** The zip is cut short or damaged (no central directory, an entry that does not inflate). */
  | "corrupt"
  /** The zip has no main document part (`word/document.xml` or what `_rels/.rels` names). */
  | "missing-part"
  /** A part inflates to more than `maxInflatedBytes` (a zip bomb, or a document too large to read). */
  | "too-large"
  /** A part is not well-formed XML (or is cut short). */
  | "invalid-xml"
  /** XML nests deeper than `maxDepth` elements. */
  | "too-deep"
  /** A part declares a DOCTYPE (entity declarations are never resolved: no OOXML part has one). */
  | "doctype-not-allowed"
  /** An option has a value outside its type. */
  | "invalid-option";

/**
 * Thrown by `readDocx` when bytes cannot be read as a Word document and by `renderDocx` when an
 * option is invalid. Never thrown for content: what a readable document holds comes back as text
 * and warnings.
 *
 * @example
 * ```ts
 * try {
 *   await readDocx(new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
 * } catch (error) {
 *   if (error instanceof DocxError) error.code; //=> "corrupt"
 * }
 * ```
 */
export class DocxError extends Error {
  override readonly name = "DocxError";
  /** What went wrong, stable across versions. */
  readonly code: DocxErrorCode;
  /** The package part at fault (`word/document.xml`), or the option (`fonts.body`), where there is one. */
  readonly path: string | undefined;

  /**
   * @param code - what went wrong
   * @param message - what failed, why, and what was expected
   * @param options - the part or option at fault, and the `cause` where there is one
   */
  constructor(
    code: DocxErrorCode,
    message: string,
    options: { path?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.path = options.path;
  }
}
