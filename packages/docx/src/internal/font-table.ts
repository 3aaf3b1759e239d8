import type { ResolvedFonts } from "./page-setup";

/**
 * What Word falls back to when a font of GB/T 9704-2012 is not installed: the font Windows
 * ships under the name Word knows (`w:altName`). Fonts not listed get the GB2312 character set
 * only, which still steers Word to a Chinese font.
 */
const FALLBACKS: Record<string, string> = {
  方正小标宋简体: "宋体",
  方正小标宋_GBK: "宋体",
  仿宋_GB2312: "仿宋",
  楷体_GB2312: "楷体",
  黑体: "SimHei",
};

const escapeXml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c,
  );

/**
 * `word/fontTable.xml` naming each font of the document with its East Asian fallback. docx
 * writes font-table entries only for embedded fonts, so this one part is handed to its packer
 * as an override (`Packer.pack(…, overrides)`); every other part is built by docx. Elements in
 * the order of CT_Font (ECMA-376 §17.8.3.10): altName, charset, family.
 */
export function fontTable(fonts: ResolvedFonts): { path: string; data: string } {
  const names = [...new Set(Object.values(fonts))];
  const entries = names.map((name) => {
    const latin = /^[\x20-\x7e]+$/.test(name);
    const alt = FALLBACKS[name];
    return (
      `<w:font w:name="${escapeXml(name)}">` +
      (alt === undefined ? "" : `<w:altName w:val="${escapeXml(alt)}"/>`) +
      `<w:charset w:val="${latin ? "00" : "86"}"/>` +
      `<w:family w:val="${latin ? "roman" : "modern"}"/>` +
      "</w:font>"
    );
  });
  return {
    path: "word/fontTable.xml",
    data:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `${entries.join("")}</w:fonts>`,
  };
}
