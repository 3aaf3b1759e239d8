import type { Locale } from "@bulletin/format";
import { SaxesParser, type SaxesTagNS } from "saxes";
import { DocxError } from "../errors";
import { docxMessage } from "./messages";

/** WordprocessingML's main namespace, transitional and strict. */
const W_NS = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);
/** Markup compatibility (`mc:AlternateContent`, `mc:Fallback`). */
export const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** An element as the walker hands it on: WordprocessingML names lose their namespace. */
export interface XmlElement {
  /** The local name, prefixed `mc:` for markup compatibility and `*:` for any other namespace but w. */
  readonly name: string;
  /** An attribute's value by its local name, for attributes in the w namespace or none. */
  attr(local: string): string | undefined;
}

/** What a walk does with the elements and text of a part. */
export interface XmlHandlers {
  open(element: XmlElement, depth: number): void;
  close(name: string, depth: number): void;
  text(text: string): void;
}

const nameOf = (tag: SaxesTagNS): string =>
  W_NS.has(tag.uri) ? tag.local : tag.uri === MC_NS ? `mc:${tag.local}` : `*:${tag.local}`;

/** What bounds a walk: the deepest nesting, and the language of its errors. */
export interface XmlLimits {
  maxDepth: number;
  locale: Locale;
}

function decode(part: string, bytes: Uint8Array, locale: Locale): string {
  // OOXML parts are UTF-8; a UTF-16 part says so with its byte order mark.
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : "utf-8";
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (cause) {
    throw new DocxError("invalid-xml", docxMessage("invalid-xml", locale, { part, encoding }), {
      part,
      cause,
    });
  }
}

/**
 * Streams one XML part through saxes (a non-validating parser that never fetches anything)
 * and hands its elements and text to `handlers`. A DOCTYPE is refused before any entity in it
 * could be used, and nesting deeper than `maxDepth` stops the walk: both throw a DocxError,
 * as does XML that is not well-formed.
 */
export function walkXml(
  part: string,
  bytes: Uint8Array,
  { maxDepth, locale }: XmlLimits,
  handlers: XmlHandlers,
): void {
  const xml = decode(part, bytes, locale);
  const parser = new SaxesParser({ xmlns: true, position: true });
  let depth = 0;
  parser.on("doctype", () => {
    throw new DocxError(
      "doctype-not-allowed",
      docxMessage("doctype-not-allowed", locale, { part }),
      { part },
    );
  });
  parser.on("error", (error) => {
    throw new DocxError(
      "invalid-xml",
      docxMessage("invalid-xml", locale, { part, reason: error.message }),
      {
        part,
        cause: error,
      },
    );
  });
  parser.on("opentag", (tag) => {
    depth++;
    if (depth > maxDepth) {
      throw new DocxError("too-deep", docxMessage("too-deep", locale, { part, max: maxDepth }), {
        part,
      });
    }
    const attributes = tag.attributes;
    handlers.open(
      {
        name: nameOf(tag),
        attr(local) {
          for (const key in attributes) {
            const a = attributes[key];
            if (a !== undefined && a.local === local && (a.uri === "" || W_NS.has(a.uri)))
              return a.value;
          }
          return undefined;
        },
      },
      depth,
    );
  });
  parser.on("closetag", (tag) => {
    handlers.close(nameOf(tag), depth);
    depth--;
  });
  parser.on("text", handlers.text);
  parser.on("cdata", handlers.text);
  const CHUNK = 1 << 20;
  for (let at = 0; at < xml.length; at += CHUNK) parser.write(xml.slice(at, at + CHUNK));
  parser.close();
}
