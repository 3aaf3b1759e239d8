import type { Locale } from "@bulletin/format";
import { unzipSync } from "fflate";
import { DocxError } from "../errors";
import { docxMessage } from "./messages";

/** The OLE compound file signature (legacy .doc, and Word's password-protected DOCX). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** `EncryptedPackage` in UTF-16LE: the stream name of an encrypted OOXML file inside OLE. */
const ENCRYPTED_PACKAGE = new Uint8Array(
  [..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]),
);

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (
    let i = bytes.indexOf(first as number);
    i >= 0;
    i = bytes.indexOf(first as number, i + 1)
  ) {
    if (i + needle.length > bytes.length) return false;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Says what the bytes are before unzipping: a zip (PK), an OLE compound file (legacy .doc or an
 * encrypted DOCX), or something else. Throws a {@link DocxError} for everything but a zip.
 */
export function checkSignature(bytes: Uint8Array, locale: Locale): void {
  if (startsWith(bytes, OLE)) {
    if (contains(bytes, ENCRYPTED_PACKAGE)) {
      throw new DocxError("encrypted", docxMessage("encrypted", locale));
    }
    throw new DocxError("legacy-doc", docxMessage("legacy-doc", locale));
  }
  // A local file header (PK\3\4) or the end record of an empty zip (PK\5\6).
  if (
    !startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) &&
    !startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])
  ) {
    const head = Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, "0")).join(" ");
    throw new DocxError("not-docx", docxMessage("not-docx", locale, { head }));
  }
}

/** Reads parts of a zip package, inflating only those asked for and at most `budget` bytes in all. */
export class PackageReader {
  #remaining: number;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly maxInflatedBytes: number,
    private readonly locale: Locale,
  ) {
    this.#remaining = maxInflatedBytes;
  }

  /**
   * The named parts that exist, inflated. A part whose declared size is over what is left of the
   * budget throws `too-large` before anything is inflated; a part whose header lies about its
   * size is cut at the declared size by fflate (so memory stays bounded) and then fails as XML.
   */
  read(names: readonly string[]): Map<string, Uint8Array> {
    const wanted = new Set(names);
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(this.bytes, {
        filter: (file) => {
          if (!wanted.has(file.name)) return false;
          if (file.originalSize > this.#remaining) {
            throw new DocxError(
              "too-large",
              docxMessage("too-large", this.locale, {
                part: file.name,
                size: file.originalSize,
                max: this.maxInflatedBytes,
              }),
              { part: file.name },
            );
          }
          this.#remaining -= file.originalSize;
          return true;
        },
      });
    } catch (error) {
      if (error instanceof DocxError) throw error;
      throw new DocxError(
        "corrupt",
        docxMessage("corrupt", this.locale, { reason: (error as Error).message }),
        { cause: error },
      );
    }
    const out = new Map<string, Uint8Array>();
    for (const name of names) {
      const data = files[name];
      if (data !== undefined) out.set(name, data);
    }
    return out;
  }
}
