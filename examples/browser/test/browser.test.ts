// Builds the page with Vite, serves it on 127.0.0.1 and opens it in headless Chromium
// (Debian's /usr/bin/chromium through playwright-core; no browser is downloaded).
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CHROMIUM,
  type ChromiumSession,
  launchChromium,
  type StaticServer,
  serveStatic,
  skipWithoutChromium,
  within,
} from "@bulletin/testkit";
import type { BrowserContext, Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

if (skipWithoutChromium) console.warn(`browser test skipped: ${CHROMIUM} does not exist`);

const exampleDir = fileURLToPath(new URL("..", import.meta.url));
const resultsDir = join(exampleDir, "test-results");
const screenshotPath = join(resultsDir, "page.png");
// Budgets against a hang, not speed checks: CI runs every package's tests at once on two
// shared cores, where a full-page screenshot of the long official page once took over 15 s.
const STEP_MS = 60_000;

describe.skipIf(skipWithoutChromium)("examples/browser in headless Chromium", () => {
  let tmp: string;
  let server: StaticServer | undefined;
  let session: ChromiumSession | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  let builtJs = "";

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), "bulletin-browser-"));
    const outDir = join(tmp, "dist");
    await within(
      60_000,
      "vite build",
      build({
        configFile: join(exampleDir, "vite.config.ts"),
        logLevel: "warn",
        build: { outDir, emptyOutDir: true },
      }),
    );
    const assets = await readdir(join(outDir, "assets"));
    for (const name of assets.filter((n) => n.endsWith(".js"))) {
      builtJs += await readFile(join(outDir, "assets", name), "utf8");
    }

    server = await serveStatic(outDir);

    session = await within(
      90_000,
      "launchChromium",
      launchChromium({
        viewport: { width: 1000, height: 800 },
        colorScheme: "light",
        locale: "zh-CN",
      }),
    );
    context = session.context;
    context.setDefaultTimeout(STEP_MS);
    page = context.pages()[0] ?? (await context.newPage());
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    page.on("requestfailed", (request) => failedRequests.push(request.url()));
    page.on("response", (response) => {
      if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
    });

    await page.goto(server.url, { waitUntil: "load", timeout: STEP_MS });
    await page.waitForSelector("#status:not([data-state='loading'])", { timeout: STEP_MS });
  }, 6 * STEP_MS);

  afterAll(async () => {
    await session?.close().catch(() => {});
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }, 30_000);

  test("the bundle has no Node built-ins", () => {
    expect(builtJs.length).toBeGreaterThan(0);
    // Vite swaps a Node built-in for this stub module in a browser build.
    expect(builtJs).not.toContain("__vite-browser-external");
    expect(builtJs).not.toMatch(/["']node:[a-z_/]+["']/);
  });

  test("the status line says the issue is valid", async () => {
    expect(await page.locator("#status").getAttribute("data-state")).toBe("valid");
    expect(await page.locator("#status").textContent()).toBe("valid: 0 issues");
  });

  test("the issue is rendered with the official theme", async () => {
    const article = page.locator("main#bulletin > article.bulletin");
    await expect.poll(() => article.count()).toBe(1);
    expect(await page.locator(".bulletin-title").textContent()).toBe("政务窗口月报");
    const text = (await article.textContent()) ?? "";
    expect(text).toContain("第9期");
    expect(text).toContain("四川省政府政务服务和公共资源交易服务中心");
    expect(text).toContain("9月，省本级办理政务服务事项5.88万件。");
    expect(text).toContain("（一）9月16日—18日，省林草局窗口派出工作组");

    const headings = await article.locator("h2").allTextContents();
    expect(headings).toEqual([
      "一、2025年9月总体运行情况",
      "二、政务工作动态",
      "三、重点工作推进情况",
      "四、窗口资讯",
    ]);

    const distribution = await article.locator(".bulletin-distribution-line").allTextContents();
    expect(distribution[0]).toBe("报：省政务管理办公室、省级相关部门（单位）、省中心领导。");
    expect(distribution.some((line) => line.startsWith("发："))).toBe(true);

    // The official stylesheet applies: red masthead title, CJK serif body.
    const style = await page.locator(".bulletin-title").evaluate((el) => {
      const css = getComputedStyle(el);
      return { color: css.color, bodyFont: getComputedStyle(el.closest("article")!).fontFamily };
    });
    expect(style.color).toBe("rgb(212, 0, 0)");
    expect(style.bodyFont).toContain("Noto Serif CJK SC");
    expect(await page.title()).toBe("政务窗口月报 第9期");
  });

  test("no console error, page error or failed request", () => {
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  test("saves a screenshot", { timeout: 2 * STEP_MS }, async () => {
    await mkdir(resultsDir, { recursive: true });
    const png = await page.screenshot({ path: screenshotPath, fullPage: true, timeout: STEP_MS });
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(existsSync(screenshotPath)).toBe(true);
  });
});
