import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { isPdfJsExceptionShape } from "./packages/pdf/src/internal/pdfjs-rejections.ts";

const pkg = (name: string, entry = "index"): string =>
  fileURLToPath(new URL(`./packages/${name}/src/${entry}.ts`, import.meta.url));

/**
 * One vitest config for the repo. Each package runs it from its own folder
 * (`vitest run --config ../../vitest.config.ts`), so `root` is that package.
 * Bare `@bulletin/*` imports resolve to source so tests exercise the public
 * entry without a stale build; packaging itself is checked by publint/attw.
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@bulletin\/format$/, replacement: pkg("format") },
      { find: /^@bulletin\/schema$/, replacement: pkg("schema") },
      { find: /^@bulletin\/render$/, replacement: pkg("render") },
      { find: /^@bulletin\/parse$/, replacement: pkg("parse") },
      { find: /^@bulletin\/sdk$/, replacement: pkg("sdk") },
      { find: /^@bulletin\/docx$/, replacement: pkg("docx") },
      { find: /^@bulletin\/pdf$/, replacement: pkg("pdf") },
      { find: /^@bulletin\/pdf\/print$/, replacement: pkg("pdf", "print") },
      { find: /^@bulletin\/testkit$/, replacement: pkg("testkit") },
    ],
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    reporters: process.env.CI ? ["default"] : ["default"],
    // pdf.js leaves some of its own promises unhandled on damaged PDFs (readPdf reports the
    // damage itself, and keeps a Node process without listeners alive: see
    // packages/pdf/src/internal/pdfjs-rejections.ts and its test). The runner's listener still
    // sees them; only those are not counted as failures.
    onUnhandledError(error) {
      if (isPdfJsExceptionShape(error.name, error.stack)) return false;
    },
  },
});
