/**
 * `parse` tells a PDF by its first kilobyte before it loads @bulletin/pdf; its check must give
 * the answers of pdf's own `isPdf`.
 */
import { isPdf } from "@bulletin/pdf";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { looksLikePdf } from "../src/internal/read-pdf-input";

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const at = (offset: number, tail = "1.7\n"): Uint8Array =>
  bytes(`${" ".repeat(offset)}%PDF-${tail}`);

describe("looksLikePdf", () => {
  test.each([
    ["a PDF header at the start", bytes("%PDF-1.7\n%âãÏÓ\n")],
    ["a header after junk, within the first kilobyte", at(1024)],
    ["a header that starts past the first kilobyte", at(1025)],
    ["a header cut short", bytes("%PDF")],
    ["plain text", bytes("政务窗口月报\n第9期\n")],
    ["nothing", new Uint8Array()],
    ["a zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x25, 0x50])],
  ])("looksLikePdf: agrees with isPdf on %s", (_, input) => {
    expect(looksLikePdf(input)).toBe(isPdf(input));
  });

  test("looksLikePdf: agrees with isPdf on random bytes with `%PDF-` put anywhere in the first 1.1 KB", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 1200 }),
        fc.option(fc.nat(1100)),
        fc.nat(5),
        (random, offset, cut) => {
          const input = random.slice();
          const magic = bytes("%PDF-").subarray(0, 5 - cut);
          if (offset !== null && input.length >= magic.length)
            input.set(magic, Math.min(offset, input.length - magic.length));
          expect(looksLikePdf(input)).toBe(isPdf(input));
        },
      ),
      { numRuns: 500 },
    );
  });
});
