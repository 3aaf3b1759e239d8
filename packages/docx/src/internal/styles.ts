import { walkXml, type XmlLimits } from "./walk-xml";

interface StyleNumbering {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
}

/**
 * The paragraph styles of `word/styles.xml`, as far as list numbering goes: a style (or one it
 * is based on) can carry the `w:numPr` that numbers every paragraph of that style.
 */
export class Styles {
  readonly #styles = new Map<string, StyleNumbering>();
  #defaultStyle: string | undefined;

  constructor(part?: { name: string; bytes: Uint8Array; limits: XmlLimits }) {
    if (part === undefined) return;
    let style: StyleNumbering | undefined;
    let inPPr = false;
    walkXml(part.name, part.bytes, part.limits, {
      open: (el) => {
        if (el.name === "style") {
          style = {};
          if (el.attr("type") === "paragraph") {
            const id = el.attr("styleId") ?? "";
            this.#styles.set(id, style);
            if (el.attr("default") === "1" || el.attr("default") === "true")
              this.#defaultStyle = id;
          }
        } else if (style !== undefined) {
          if (el.name === "basedOn") style.basedOn = el.attr("val") ?? "";
          else if (el.name === "pPr") inPPr = true;
          else if (inPPr && el.name === "numId") style.numId = el.attr("val") ?? "0";
          else if (inPPr && el.name === "ilvl")
            style.ilvl = Number.parseInt(el.attr("val") ?? "0", 10);
        }
      },
      close: (name) => {
        if (name === "style") style = undefined;
        else if (name === "pPr") inPPr = false;
      },
      text: () => {},
    });
  }

  /** The list a paragraph of style `id` (or of the default style) is numbered in, if any. */
  numberingOf(id: string | undefined): { numId: string; ilvl: number } | undefined {
    let numId: string | undefined;
    let ilvl: number | undefined;
    const seen = new Set<string>();
    for (let at = id ?? this.#defaultStyle; at !== undefined && !seen.has(at); ) {
      seen.add(at);
      const style = this.#styles.get(at);
      if (style === undefined) break;
      numId ??= style.numId;
      ilvl ??= style.ilvl;
      at = style.basedOn;
    }
    return numId === undefined ? undefined : { numId, ilvl: ilvl ?? 0 };
  }
}
