/** poppler's view of a PDF: words with boxes in mm (pdftotext -bbox-layout) and pdfinfo. */
import { execFileSync } from "node:child_process";

export const MM = 72 / 25.4;

export interface Word {
  text: string;
  /** Box in mm from the top left of the page. */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** The vertical middle of the box. */
  cy: number;
}

export interface PopplerPage {
  width: number;
  height: number;
  words: Word[];
}

/** Each page's words, in mm, from `pdftotext -bbox-layout`. */
export function bboxPages(file: string): PopplerPage[] {
  const xml = execFileSync("pdftotext", ["-bbox-layout", file, "-"], { encoding: "utf8" });
  const pages: PopplerPage[] = [];
  for (const page of xml.split("<page ").slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
    const words: Word[] = [];
    for (const m of page.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    )) {
      const [x0, y0, x1, y1] = [m[1], m[2], m[3], m[4]].map((v) => Number(v) / MM) as [
        number,
        number,
        number,
        number,
      ];
      words.push({ text: m[5] ?? "", x0, x1, y0, y1, cy: (y0 + y1) / 2 });
    }
    pages.push({ width: Number(size?.[1]) / MM, height: Number(size?.[2]) / MM, words });
  }
  return pages;
}

/** A visual line: the words whose middles are within 2 mm, left to right. */
export interface PopplerLine {
  text: string;
  x0: number;
  x1: number;
  cy: number;
}

export function linesOf(page: PopplerPage): PopplerLine[] {
  const sorted = page.words.slice().sort((a, b) => a.cy - b.cy || a.x0 - b.x0);
  const lines: Word[][] = [];
  for (const w of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs((last[0] as Word).cy - w.cy) < 2) last.push(w);
    else lines.push([w]);
  }
  return lines.map((ws) => {
    ws.sort((a, b) => a.x0 - b.x0);
    return {
      text: ws.map((w) => w.text).join(""),
      x0: Math.min(...ws.map((w) => w.x0)),
      x1: Math.max(...ws.map((w) => w.x1)),
      cy: ws.reduce((s, w) => s + w.cy, 0) / ws.length,
    };
  });
}

/** `pdfinfo -isodates` as a record. */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync("pdfinfo", ["-isodates", file], { encoding: "utf8" });
  const info: Record<string, string> = {};
  for (const line of out.split("\n")) {
    const at = line.indexOf(":");
    if (at > 0) info[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return info;
}

/** Renders pages as PNG at 60 dpi (`pdftoppm -png -r 60`) to `prefix-N.png`. */
export function pngPages(file: string, prefix: string, first: number, last: number): void {
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "60",
    "-f",
    String(first),
    "-l",
    String(last),
    file,
    prefix,
  ]);
}
