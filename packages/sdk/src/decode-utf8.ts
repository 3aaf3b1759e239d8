import { Utf8Error } from "./errors";
import { invalidUtf8At } from "./internal/utf8";

const fatal = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

/** The 1-based line and column (UTF-16 code units) of the character at byte `offset`. */
function positionAt(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = lenient.decode(bytes.subarray(0, offset));
  const lastBreak = before.lastIndexOf("\n");
  let line = 1;
  for (let i = before.indexOf("\n"); i !== -1; i = before.indexOf("\n", i + 1)) line++;
  return { line, column: before.length - lastBreak };
}

/**
 * Decodes UTF-8 bytes as text, strictly: a byte-order mark at the start is dropped, and bytes
 * that are not UTF-8 are an error that says where, never a silent U+FFFD.
 *
 * @param bytes - the bytes of a file or a response
 * @returns the text
 * @throws {@link Utf8Error} with the byte offset (and line and column) of the first byte that
 *   does not decode
 * @example
 * ```ts
 * import { Utf8Error, decodeUtf8 } from "@bulletin/sdk";
 * decodeUtf8(new Uint8Array([0xe7, 0xac, 0xac, 0x39])); //=> "第9"
 * try { decodeUtf8(new Uint8Array([0x7b, 0x0a, 0xff, 0xfe])); } catch (e) {
 *   if (e instanceof Utf8Error) [e.code, e.byteOffset, e.line, e.column]; //=> ["invalid-utf8", 2, 2, 1]
 * }
 * ```
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return fatal.decode(bytes);
  } catch (error) {
    const offset = Math.max(0, invalidUtf8At(bytes));
    throw utf8Error(bytes, offset, error);
  }
}

/** The error for the first bad byte at `offset` of `bytes` (the bytes before it are valid). */
export function utf8Error(bytes: Uint8Array, offset: number, cause?: unknown): Utf8Error {
  const { line, column } = positionAt(bytes, offset);
  const byte = bytes[offset];
  const shown =
    byte === undefined ? "the end" : `byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  return new Utf8Error(
    `Not UTF-8 text: ${shown} at byte offset ${offset} (line ${line}, column ${column}) does not decode as UTF-8`,
    { byteOffset: offset, line, column },
    cause === undefined ? undefined : { cause },
  );
}
