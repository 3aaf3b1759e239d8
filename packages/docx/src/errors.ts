import { BulletinError, type IssuePath } from "@bulletin/format";

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
 * and warnings. An invalid option carries its `path` (`["fonts", "body"]`), the toolkit's one
 * location shape; a fault in the package names the `part` (`word/document.xml`). A
 * `BulletinError`, like every error of the toolkit.
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
export class DocxError extends BulletinError<DocxErrorCode> {
  static override readonly name: string = "DocxError";
  override readonly name = "DocxError";
  /** The package part at fault (`word/document.xml`), where there is one. */
  readonly part: string | undefined;

  /**
   * @param code - what went wrong
   * @param message - what failed, why, and what was expected
   * @param options - the option at fault (`path`) or the package `part`, and the `cause`
   */
  constructor(
    code: DocxErrorCode,
    message: string,
    options: { path?: IssuePath; part?: string; cause?: unknown } = {},
  ) {
    const { part, ...rest } = options;
    super(code, message, rest);
    this.part = part;
  }
}
