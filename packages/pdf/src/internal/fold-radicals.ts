import { RADICAL_PAIRS } from "./radicals";

let table: Map<string, string> | undefined;

/**
 * Kangxi radicals (U+2F00–U+2FDF) and CJK radical supplement forms (U+2E80–U+2EFF) written as
 * the ideographs they stand for: `⼝` → `口`, `⻔` → `门`. PDF printers that subset a CJK font
 * write one code point a glyph into the ToUnicode map and sometimes pick the radical, which
 * shares its glyph with the ideograph. The SC fonts' own pairing wins; other radicals fold by NFKC.
 * The horizontal bar ― (U+2015), which those fonts draw as the dash —, becomes — (U+2014).
 */
export function foldRadicals(text: string): string {
  // The CJK fonts draw ― (U+2015) and — (U+2014) with one glyph; GB/T 15834 writes the dash —.
  if (text.includes("\u2015")) text = text.replaceAll("\u2015", "\u2014");
  if (!/[\u2e80-\u2fdf]/.test(text)) return text;
  if (table === undefined) {
    table = new Map();
    for (const pair of RADICAL_PAIRS) {
      const [radical, ideograph] = [...pair] as [string, string];
      table.set(radical, ideograph);
    }
  }
  const map = table;
  return text.replace(/[\u2e80-\u2fdf]/g, (c) => map.get(c) ?? c.normalize("NFKC"));
}
