/**
 * The official theme in print, proved in headless Chromium: the reference issue printed to
 * PDF has A4 pages with the GB/T 9704-2012 版心 (left 28 mm, top 37 mm, 156 mm × 225 mm),
 * 22 lines a page of 28 characters a line, and page 1 is saved as a PNG for a person to look
 * at (test-results/issue-9-page1.png). Skips only when /usr/bin/chromium is absent.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { renderHtml } from "@bulletin/render";
import {
  CHROMIUM,
  type ChromiumSession,
  launchChromium,
  skipWithoutChromium,
} from "@bulletin/testkit";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { issue9 } from "./fixtures";

if (skipWithoutChromium)
  console.warn(`print tests skipped: ${CHROMIUM} is absent (CI installs it)`);

const PT_PER_MM = 72 / 25.4;
const RESULTS = new URL("../test-results/", import.meta.url);

/** The inflated content stream of each page of a PDF written by Chromium (Skia). */
function readPdf(pdf: Buffer): { mediaBoxes: number[][]; pages: string[] } {
  const s = pdf.toString("latin1");
  const mediaBoxes = [...s.matchAll(/\/MediaBox\s*\[([^\]]*)\]/g)].map((m) =>
    (m[1] ?? "").trim().split(/\s+/).map(Number),
  );
  const stream = (n: string): string => {
    const at = s.indexOf(`\n${n} 0 obj`);
    const open = s.indexOf("stream", at);
    const length = Number(/\/Length (\d+)/.exec(s.slice(at, open))?.[1]);
    const start = open + (s[open + 6] === "\r" ? 8 : 7);
    return inflateSync(pdf.subarray(start, start + length)).toString("latin1");
  };
  const pages = [...s.matchAll(/\/Type \/Page\b[\s\S]*?\/Contents (\d+) 0 R/g)].map((m) =>
    stream(m[1] ?? ""),
  );
  return { mediaBoxes, pages };
}

/** The clip rectangle of the page content (the 版心) in mm from the top left, and the text lines. */
function layout(content: string): {
  box: { left: number; top: number; width: number; height: number };
  lines: { y: number; glyphs: number }[];
} {
  // Skia opens each page with `sx 0 0 -sy 0 H cm` (points, y downwards) and clips the page
  // box to the content area with `x y w h re W* n` in those units.
  const page = /^([\d.]+) 0 0 -([\d.]+) 0 ([\d.]+) cm/.exec(content);
  const clip =
    /([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re\s+W\*? n\s+q\s+([\d.]+) 0 0 [\d.]+ [\d.-]+ ([\d.-]+) cm/.exec(
      content,
    );
  if (!page || !clip) throw new Error("unexpected PDF content stream");
  const unit = Number(page[1]); // points per device unit
  const [x, y, w, h, scale, ty] = [clip[1], clip[2], clip[3], clip[4], clip[5], clip[6]].map(
    Number,
  ) as [number, number, number, number, number, number];
  const mm = (v: number): number => (v * unit) / PT_PER_MM;
  const box = { left: mm(x), top: mm(y), width: mm(w), height: mm(h) };
  // Text inside the content area: group glyphs by the baseline of their `Tm`.
  const body = content.slice(clip.index + clip[0].length);
  const lines = new Map<number, number>();
  for (const bt of body.matchAll(/BT([\s\S]*?)ET/g)) {
    const tm = / ([\d.-]+) ([\d.-]+) Tm/.exec(bt[1] ?? "");
    if (!tm) continue;
    const baseline = Math.round(mm(ty + Number(tm[2]) * scale) * 10) / 10;
    let glyphs = 0;
    for (const run of (bt[1] ?? "").matchAll(/<([0-9A-Fa-f]*)> Tj/g))
      glyphs += (run[1] ?? "").length / 2;
    lines.set(baseline, (lines.get(baseline) ?? 0) + glyphs);
  }
  return {
    box,
    lines: [...lines].sort((a, b) => a[0] - b[0]).map(([y, glyphs]) => ({ y, glyphs })),
  };
}

describe.skipIf(skipWithoutChromium)("official theme in print (headless Chromium)", () => {
  let context: BrowserContext;
  let page: Page;
  let session: ChromiumSession;
  let workDir: string;
  let pdf: Buffer;
  const printedHtml = renderHtml(issue9(), { document: true, theme: "official" });

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), "bulletin-render-print-"));
    session = await launchChromium();
    context = session.context;
    page = await context.newPage();
    await page.setContent(printedHtml, { waitUntil: "load" });
    pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(new URL("issue-9.pdf", RESULTS), pdf);
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  test("prints the reference issue on A4 pages (the PDF MediaBox is 210 mm × 297 mm)", () => {
    const { mediaBoxes } = readPdf(pdf);
    expect(mediaBoxes.length).toBeGreaterThan(1);
    for (const [x0, y0, x1, y1] of mediaBoxes) {
      expect(((x1 as number) - (x0 as number)) / PT_PER_MM).toBeCloseTo(210, 0);
      expect(((y1 as number) - (y0 as number)) / PT_PER_MM).toBeCloseTo(297, 0);
    }
  });

  test("puts the text in the GB/T 9704 版心: left 28 mm, top 37 mm, 156 mm × 225 mm", () => {
    const { pages } = readPdf(pdf);
    for (const content of pages) {
      const { box } = layout(content);
      expect(Math.abs(box.left - 28)).toBeLessThan(0.5);
      expect(Math.abs(box.top - 37)).toBeLessThan(0.5);
      expect(Math.abs(box.width - 156)).toBeLessThan(0.5);
      expect(Math.abs(box.height - 225)).toBeLessThan(0.5);
    }
  });

  test("sets 22 lines a page: a full page of body text has 22 baselines 225/22 mm apart", () => {
    const { pages } = readPdf(pdf);
    const { lines } = layout(pages[1] as string);
    expect(lines).toHaveLength(22);
    for (let k = 1; k < lines.length; k++) {
      expect((lines[k] as { y: number }).y - (lines[k - 1] as { y: number }).y).toBeCloseTo(
        225 / 22,
        0,
      );
    }
  });

  test("sets 28 characters a line: full lines of Chinese text in the PDF hold 28 glyphs", () => {
    const { pages } = readPdf(pdf);
    const counts = layout(pages[1] as string).lines.map((l) => l.glyphs);
    // Lines with digits or Latin letters hold more (those glyphs are narrower); paragraph ends fewer.
    expect(counts.filter((n) => n === 28).length).toBeGreaterThanOrEqual(counts.length / 2);
    expect(Math.min(...counts.filter((n) => n >= 26))).toBeGreaterThanOrEqual(26);
  });

  test("declares the page in CSS: @page A4 with margins 37 mm 26 mm 35 mm 28 mm", async () => {
    const pageRule = await page.evaluate(() => {
      for (const sheet of Array.from(document.styleSheets)) {
        for (const rule of Array.from(sheet.cssRules)) {
          if (rule instanceof CSSPageRule && rule.selectorText === "") {
            return {
              size: rule.style.getPropertyValue("size"),
              margin: rule.style.getPropertyValue("margin"),
            };
          }
        }
      }
      return undefined;
    });
    expect(pageRule?.size.toUpperCase()).toBe("A4");
    expect(pageRule?.margin).toBe("37mm 26mm 35mm 28mm");
  });

  test("computes print styles: 3号 仿宋 body, 黑体 headings, red masthead, one line = 225/22 mm", async () => {
    await page.emulateMedia({ media: "print" });
    const styles = await page.evaluate(() => {
      const css = (selector: string) =>
        getComputedStyle(document.querySelector(selector) as Element);
      const p = css(".bulletin-section p");
      return {
        bodySize: p.fontSize,
        bodyFont: p.fontFamily,
        lineHeight: p.lineHeight,
        indent: p.textIndent,
        heading: css(".bulletin-section h2").fontFamily,
        itemHeading: css(".bulletin-item-heading").fontFamily,
        titleColor: css(".bulletin-title").color,
        ruleColor: css(".bulletin-masthead").borderBottomColor,
        tailSize: css(".bulletin-distribution").fontSize,
      };
    });
    const px = (v: string): number => Number.parseFloat(v);
    const mmToPx = 96 / 25.4;
    expect(px(styles.bodySize)).toBeCloseTo((16 * 96) / 72, 1); // 16 pt
    expect(styles.bodyFont).toMatch(/^FangSong, 仿宋/);
    expect(px(styles.lineHeight)).toBeCloseTo((225 / 22) * mmToPx, 1);
    expect(px(styles.indent)).toBeCloseTo((2 * 156 * mmToPx) / 28, 1);
    expect(styles.heading).toMatch(/^SimHei, 黑体/);
    expect(styles.itemHeading).toMatch(/^KaiTi, 楷体/);
    expect(styles.titleColor).toBe("rgb(224, 0, 0)");
    expect(styles.ruleColor).toBe("rgb(224, 0, 0)");
    expect(px(styles.tailSize)).toBeCloseTo((14 * 96) / 72, 1); // 4号
  });

  test("prints a wide table inside the 156 mm 版心 in 仿宋 小四 (12 pt)", async () => {
    const b = issue9();
    // Unbreakable cells that a table laid out by its content would push past the 版心.
    const wide = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    b.sections[0]?.items[0]?.body.push({
      type: "table",
      caption: "表1 各市（州）受理情况",
      head: [Array.from({ length: 12 }, (_, k) => [`${wide}${k}`])],
      rows: [Array.from({ length: 12 }, (_, k) => [`${1000 + k}件`])],
    });
    const tablePage = await context.newPage();
    try {
      await tablePage.setContent(renderHtml(b, { document: true, theme: "official" }));
      await tablePage.emulateMedia({ media: "print" });
      const measured = await tablePage.evaluate(() => {
        document.body.style.width = "156mm";
        const table = document.querySelector(".bulletin-table table") as HTMLElement;
        const td = getComputedStyle(document.querySelector(".bulletin-table td") as Element);
        return {
          width: table.getBoundingClientRect().width,
          body: document.body.getBoundingClientRect().width,
          size: td.fontSize,
          font: td.fontFamily,
          spacing: td.letterSpacing,
        };
      });
      const mmToPx = 96 / 25.4;
      expect(measured.body).toBeCloseTo(156 * mmToPx, 0);
      expect(measured.width).toBeLessThanOrEqual(156 * mmToPx + 0.5);
      expect(Number.parseFloat(measured.size)).toBeCloseTo((12 * 96) / 72, 1); // 小四
      expect(measured.font).toMatch(/^FangSong, 仿宋/);
      expect(["normal", "0px"]).toContain(measured.spacing);
    } finally {
      await tablePage.close();
    }
  });

  test("fits 28 characters on a line of Chinese text in the 156 mm measure", async () => {
    await page.emulateMedia({ media: "print" });
    const lines = await page.evaluate(() => {
      // The @page margins leave 156 mm; give the body that width as the printed page does.
      document.body.style.width = "156mm";
      const paragraph = document.querySelector("#market-regulation-agent-trial p") as HTMLElement;
      const text = paragraph.firstChild?.parentElement as HTMLElement;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      const out: { top: number; text: string }[] = [];
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.nodeValue ?? "";
        for (let k = 0; k < value.length; k++) {
          range.setStart(node, k);
          range.setEnd(node, k + 1);
          const top = Math.round(range.getBoundingClientRect().top);
          const last = out[out.length - 1];
          if (last && Math.abs(last.top - top) < 5) last.text += value[k];
          else out.push({ top, text: value[k] as string });
        }
      }
      document.body.style.width = "";
      return out.map((l) => l.text);
    });
    const han = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…·]+$/u;
    const full = lines.slice(1, -1).filter((l) => han.test(l));
    expect(full.length).toBeGreaterThan(2);
    // 28 a line, never more; a line gives its last character to the next when that one is
    // followed by a closing mark, which may not start a line (GB/T 15834, line-break: strict).
    expect(Math.max(...full.map((l) => [...l].length))).toBe(28);
    for (const line of full) expect([...line].length).toBeGreaterThanOrEqual(27);
    for (const line of full) expect([...line].length).toBeLessThanOrEqual(28);
  });

  test("numbers pages `— 1 —` and saves page 1 as a PNG", async () => {
    const { pages } = readPdf(pdf);
    // The page number is drawn in the bottom margin: a text run below the 版心 (262 mm).
    const first = pages[0] as string;
    const below = [...first.matchAll(/ ([\d.-]+) ([\d.-]+) Tm/g)].some((m) => {
      const y = (Number(m[2]) * 0.75) / PT_PER_MM; // Chromium's margin boxes: 0.24 × 3.125 pt a unit
      return y > 262 + 7 && y < 297;
    });
    expect(below).toBe(true);
    // Chromium's PDF viewer shows the printed page itself.
    const file = join(workDir, "issue-9.pdf");
    writeFileSync(file, pdf);
    const viewer = await context.newPage();
    await viewer.setViewportSize({ width: 840, height: 1188 });
    await viewer.goto(`file://${file}#toolbar=0&view=Fit`);
    await viewer.waitForTimeout(1500);
    const png = await viewer.screenshot();
    writeFileSync(new URL("issue-9-page1.png", RESULTS), png);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    await viewer.close();
  });
});
