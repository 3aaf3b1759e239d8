// Builds the playground with Vite, serves it on 127.0.0.1 and uses it in headless Chromium
// (Debian's /usr/bin/chromium through playwright-core) as a person would: paste, edit, click.
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import {
  CHROMIUM,
  type ChromiumSession,
  launchChromium,
  type StaticServer,
  serveStatic,
  skipWithoutChromium,
  within,
} from "@bulletin/testkit";
import type { Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

if (skipWithoutChromium) console.warn(`playground test skipped: ${CHROMIUM} does not exist`);

const exampleDir = fileURLToPath(new URL("..", import.meta.url));
const resultsDir = join(exampleDir, "test-results");
const seedText = await readFile(
  fileURLToPath(new URL("../../sichuan-window-monthly/seed.txt", import.meta.url)),
  "utf8",
);
/** First-load JavaScript budget (min + gzip), issue #19. */
const FIRST_LOAD_BUDGET = 150 * 1024;

describe.skipIf(skipWithoutChromium)("examples/playground in headless Chromium", () => {
  let tmp: string;
  let outDir: string;
  let server: StaticServer | undefined;
  let session: ChromiumSession | undefined;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), "bulletin-playground-"));
    outDir = join(tmp, "dist");
    await within(
      90_000,
      "vite build",
      build({
        configFile: join(exampleDir, "vite.config.ts"),
        logLevel: "warn",
        build: { outDir, emptyOutDir: true },
      }),
    );
    server = await serveStatic(outDir);
    session = await within(30_000, "launchChromium", launchChromium({ locale: "zh-CN" }));
    session.context.setDefaultTimeout(20_000);
    page = session.context.pages()[0] ?? (await session.context.newPage());
    await page.setViewportSize({ width: 1280, height: 800 });
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page: ${String(error)}`));
    page.on("requestfailed", (request) => problems.push(`request: ${request.url()}`));
    await page.goto(server.url, { waitUntil: "load" });
  }, 150_000);

  afterAll(async () => {
    await session?.close().catch(() => {});
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }, 30_000);

  test("the first load stays within 150 KB of JavaScript (min + gzip)", async () => {
    const html = await readFile(join(outDir, "index.html"), "utf8");
    const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    let bytes = 0;
    for (const file of scripts)
      bytes += gzipSync(await readFile(join(outDir, String(file)))).length;
    expect(bytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });

  test("pasting the reference issue's text gives four sections and no errors", async () => {
    await page.locator("#input").fill(seedText);
    await expect.poll(() => page.locator("#status").getAttribute("data-state")).toBe("valid");
    expect(await page.locator("#status").textContent()).toBe("有效：4 个小节，无错误。");
    expect(await page.locator("#issues .finding").count()).toBe(0);
    const model = JSON.parse(await page.locator("#model").inputValue()) as {
      sections: { title: string }[];
    };
    expect(model.sections.map((s) => s.title)).toEqual([
      "2025年9月总体运行情况",
      "政务工作动态",
      "重点工作推进情况",
      "窗口资讯",
    ]);
    const frame = page.frameLocator("#preview");
    await expect.poll(() => frame.locator(".bulletin-section > h2").count()).toBe(4);
    expect(await frame.locator(".bulletin-title").textContent()).toBe("政务窗口月报");
  });

  test("the preview is paged as print pages it: A4 sheets with — N — under the 版心", async () => {
    await expect.poll(() => page.locator("#preview").getAttribute("data-pages")).not.toBeNull();
    const pages = Number(await page.locator("#preview").getAttribute("data-pages"));
    expect(pages).toBeGreaterThanOrEqual(2);
    const frame = page.frameLocator("#preview");
    expect(await frame.locator(".folio").allTextContents()).toEqual(
      Array.from({ length: pages }, (_, i) => `— ${i + 1} —`),
    );
    // The print rules apply on screen: 16 pt body in a 156 mm column.
    const body = await frame.locator(".bulletin").evaluate((el) => {
      const css = getComputedStyle(el);
      return { fontSize: css.fontSize, columnWidth: css.columnWidth };
    });
    expect(Number.parseFloat(body.fontSize)).toBeCloseTo((16 * 96) / 72, 2);
    expect(Number.parseFloat(body.columnWidth)).toBeCloseTo((156 * 96) / 25.4, 0);
    await mkdir(resultsDir, { recursive: true });
    await page.locator("#preview").screenshot({ path: join(resultsDir, "preview-page-1.png") });
  });

  test("a broken date in the JSON shows the error with its path, and a click moves the cursor there", async () => {
    const editor = page.locator("#model");
    const json = await editor.inputValue();
    const broken = json.replace('"publishedOn": "2025-11-10"', '"publishedOn": "2025-02-30"');
    expect(broken).not.toBe(json);
    await editor.fill(broken);
    await expect.poll(() => page.locator("#status").getAttribute("data-state")).toBe("invalid");
    const item = page.locator("#issues .finding", { hasText: "issue.publishedOn" });
    expect(await item.count()).toBe(1);
    expect(await item.locator("code").textContent()).toBe("invalid-date");
    await item.locator("button.finding-where").click();
    const caret = await editor.evaluate((el) => (el as HTMLTextAreaElement).selectionStart);
    expect(broken.slice(caret, caret + 12)).toBe('"2025-02-30"');
    // The outputs wait for a valid model.
    expect(await page.locator("#download-json").isDisabled()).toBe(true);
    await editor.fill(json);
    await expect.poll(() => page.locator("#status").getAttribute("data-state")).toBe("valid");
  });

  test("the outputs are in tabs, reachable with the arrow keys", async () => {
    await page.locator("#tab-preview").focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.locator("#tab-text").getAttribute("aria-selected")).toBe("true");
    expect(await page.locator("#panel-text").isVisible()).toBe(true);
    expect(await page.locator("#out-text").textContent()).toContain("政务窗口月报");
    await page.keyboard.press("ArrowRight");
    expect(await page.locator("#out-markdown").textContent()).toContain(
      "## 一、2025年9月总体运行情况",
    );
    await page.keyboard.press("End");
    expect(await page.locator("#out-html").textContent()).toMatch(/^<!doctype html>/i);
    await page.keyboard.press("Home");
    expect(await page.locator("#panel-preview").isVisible()).toBe(true);
  });

  test("downloads the JSON of the model", async () => {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#download-json").click(),
    ]);
    expect(file.suggestedFilename()).toBe("政务窗口月报-2025-9.json");
    const path = await file.path();
    const saved = JSON.parse(await readFile(path, "utf8")) as { issue: { number: number } };
    expect(saved.issue.number).toBe(9);
  });

  test("switches the interface to English, messages included", async () => {
    await page.locator("#switch-language").click();
    expect(await page.locator("h1").textContent()).toBe("Bulletin toolkit · playground");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await expect
      .poll(() => page.locator("#status").textContent())
      .toBe("Valid: 4 sections, no errors.");
    await page.locator("#switch-language").click();
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
  });

  test("axe-core finds no serious or critical accessibility violation", async () => {
    const require = createRequire(import.meta.url);
    const axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (
        globalThis as unknown as {
          axe: {
            run: (
              c: unknown,
            ) => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document);
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });

  test("saves screenshots at 1280×800 and 390×844", async () => {
    await mkdir(resultsDir, { recursive: true });
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300);
      const png = await page.screenshot({
        path: join(resultsDir, `playground-${width}x${height}.png`),
      });
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      // Nothing wider than the viewport: the phone layout does not scroll sideways.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  test("no console error, page error or failed request", () => {
    expect(problems).toEqual([]);
  });
});
