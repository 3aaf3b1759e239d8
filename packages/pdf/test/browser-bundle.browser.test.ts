/**
 * readPdf in a browser: `@bulletin/pdf` bundled for the browser by esbuild (as an app's bundler
 * would), run in headless Chromium on the PDF renderPdf printed, gives the same text as in Node.
 */

import { readPdf } from "@bulletin/pdf";
import { renderPdf } from "@bulletin/pdf/print";
import { launchChromium } from "@bulletin/testkit";
import { build } from "esbuild";
import { describe, expect, test } from "vitest";
import { assertTools, CHROMIUM, issue9, runsWith, SLOW_MACHINE } from "./tools";

describe.skipIf(!runsWith("chromium", "notoCjk"))("readPdf in the browser", () => {
  test("readPdf: bundled for the browser, reads a PDF in Chromium to the same text as in Node", async () => {
    assertTools("chromium", "notoCjk");
    const pdf = await renderPdf(issue9(), { executablePath: CHROMIUM });
    const bundle = await build({
      stdin: {
        contents: 'import { readPdf } from "@bulletin/pdf"; globalThis.readPdf = readPdf;',
        resolveDir: new URL(".", import.meta.url).pathname,
        loader: "js",
      },
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      target: "es2022",
    });
    const code = bundle.outputFiles[0]?.text ?? "";
    const session = await launchChromium();
    try {
      const page = await session.context.newPage();
      await page.setContent("<!DOCTYPE html><title>readPdf</title>");
      await page.addScriptTag({ content: code, type: "module" });
      await page.waitForFunction(
        () => typeof (globalThis as { readPdf?: unknown }).readPdf === "function",
      );
      const base64 = Buffer.from(pdf).toString("base64");
      const inBrowser = await page.evaluate(async (data) => {
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const read = (globalThis as unknown as { readPdf: typeof readPdf }).readPdf;
        const { text, pages, warnings } = await read(bytes);
        return { text, pages, warnings: warnings.map((w) => w.code) };
      }, base64);
      const inNode = await readPdf(pdf, SLOW_MACHINE);
      expect(inBrowser).toEqual({
        text: inNode.text,
        pages: inNode.pages,
        warnings: ["page-number-dropped"],
      });
    } finally {
      await session.close();
    }
  }, 180_000);
});
