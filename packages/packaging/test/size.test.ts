import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, test } from "vitest";
import { measure, measureAll, readBudgets, sizeEntries } from "../scripts/size.mjs";

// Bytes of a minified bundle are deterministic for the same sources and esbuild version, so the
// budgets are plain byte limits. Raise one deliberately (`node scripts/size.mjs --update-budgets`
// rewrites them all at 15 % above today) in the commit that needs it.
describe("size budgets", async () => {
  const budgets = readBudgets();
  const results = await measureAll();

  test("size: every public package entry and app bundle has a budget, and no budget is stale", () => {
    expect(Object.keys(budgets).sort()).toEqual(
      sizeEntries()
        .map((e) => e.id)
        .sort(),
    );
  });

  test.each(results.map((r) => [r.label, r] as const))(
    "size: %s stays within its min+gzip budget",
    (_label, result) => {
      expect(result.gzip, `${result.label}: ${result.gzip} B min+gzip`).toBeLessThanOrEqual(
        budgets[result.id] ?? 0,
      );
    },
  );

  // @bulletin/format README: what nzh does (numerals both ways, capital money), bundled and
  // measured the same way as nzh. It was just below nzh/cn (2559 B against 2577 B) until issues
  // 15 and 17: a parser ten times nzh's speed that also refuses malformed 零 and decimals no
  // double holds, and capital money with 角/分 as fast as whole amounts, cost about 340 B (see
  // docs/performance.md). Issue 16 made FormatError a BulletinError (the brand every toolkit
  // error shares, so that isBulletinError and instanceof work across packages and across the
  // ESM and CJS builds): 2955 B → 3172 B. FormatError's messages in Chinese beside English
  // (a message table by code and locale, each call site's expectation in both languages; nzh
  // has no error messages) took it to 3982 B. The test now holds it within 60 % of nzh/cn
  // (4123 B), stated, not hidden.
  const NZH_ALLOWANCE = 1.6;
  test("size: toChineseNumber, parseChineseNumber and toChineseMoney stay within 60 % of nzh/cn", async () => {
    const entry = (id: string, source: string) =>
      ({ id, label: id, platform: "browser", source }) as const;
    const ours = await measure(
      entry(
        "format:nzh-equivalent",
        'export { toChineseNumber, parseChineseNumber, toChineseMoney } from "@bulletin/format";\n',
      ),
    );
    const nzh = await measure(entry("nzh/cn", 'export { default } from "nzh/cn";\n'));
    expect(ours.gzip, `ours ${ours.gzip} B, nzh/cn ${nzh.gzip} B`).toBeLessThanOrEqual(
      Math.floor(nzh.gzip * NZH_ALLOWANCE),
    );
  });

  test("size: @bulletin/schema/constants is zod-free: the model's constants cost almost nothing", async () => {
    const constants = await measure({
      id: "schema:constants",
      label: "schema:constants",
      platform: "browser",
      source: 'export * from "@bulletin/schema/constants";\n',
    });
    expect(constants.gzip, `${constants.gzip} B`).toBeLessThan(400);
  });

  test("size: the text parser pulls in no zod: it takes the model's constants from schema/constants", async () => {
    const result = await build({
      stdin: {
        contents: 'export * from "@bulletin/parse";\n',
        resolveDir: fileURLToPath(new URL("..", import.meta.url)),
        loader: "js",
      },
      bundle: true,
      write: false,
      minify: true,
      format: "esm",
      platform: "browser",
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes("node_modules/zod/"))).toBe(false);
    expect(inputs.some((path) => path.includes("schema/dist/constants"))).toBe(true);
  });

  test("size: browser bundles import no Node built-in", () => {
    const offenders = results
      .filter((r) => r.platform === "browser" && r.builtins.length > 0)
      .map((r) => `${r.label}: ${r.builtins.join(", ")}`);
    expect(offenders).toEqual([]);
  });

  test("size: an app that only renders HTML does not pay for zod, through render or the sdk", () => {
    const schema = results.find((r) => r.id === "schema")!;
    for (const id of ["app:render-html", "app:sdk-render-html"]) {
      const app = results.find((r) => r.id === id)!;
      expect(app.gzip, id).toBeLessThan(schema.gzip / 2);
    }
  });
});
