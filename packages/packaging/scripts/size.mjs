// `npm run size`: min+gzip bytes of what an app pays for each package, measured on the built
// dist/ the way a bundler ships it (esbuild, minified, UTF-8 output, browser platform except the
// CLI, nothing external but Node built-ins), and of an app that only renders HTML.
//
//   node scripts/size.mjs                  prints the table, checks size-budgets.json (exit 1 if over)
//   node scripts/size.mjs --json           prints the measurements as JSON
//   node scripts/size.mjs --update-budgets rewrites size-budgets.json at 15 % above today
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { packagingDir, publicPackages } from "./workspace.mjs";

export const budgetsFile = join(packagingDir, "size-budgets.json");

/** Headroom that --update-budgets leaves above today's size. */
export const HEADROOM = 1.15;

/**
 * @typedef {object} SizeEntry
 * @property {string} id        key in size-budgets.json: the package's folder name, or "app:…"
 * @property {string} label     what was bundled
 * @property {"browser" | "node"} platform
 * @property {string} source    the entry module esbuild bundled
 */

/** @returns {SizeEntry[]} one entry per public package, then the app bundles */
export function sizeEntries() {
  /** @type {SizeEntry[]} */
  const entries = publicPackages().map((pkg) => ({
    id: pkg.short,
    label: `${pkg.name} (whole entry)`,
    platform: pkg.manifest.bin ? "node" : "browser",
    source: `export * from "${pkg.name}";\n`,
  }));
  const app = (/** @type {string} */ from) =>
    `import { renderHtml } from "${from}";\n` +
    "document.body.innerHTML = renderHtml(globalThis.bulletin);\n";
  entries.push({
    id: "app:render-html",
    label: 'app: import { renderHtml } from "@bulletin/render"',
    platform: "browser",
    source: app("@bulletin/render"),
  });
  entries.push({
    id: "app:sdk-render-html",
    label: 'app: import { renderHtml } from "@bulletin/sdk"',
    platform: "browser",
    source: app("@bulletin/sdk"),
  });
  // What an app pays to offer "download as Word": renderDocx with the docx package it builds on.
  entries.push({
    id: "app:render-docx",
    label: 'app: import { renderDocx } from "@bulletin/docx"',
    platform: "browser",
    source:
      'import { renderDocx } from "@bulletin/docx";\n' +
      "renderDocx(globalThis.bulletin).then((bytes) => globalThis.download(bytes));\n",
  });
  return entries;
}

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/**
 * @typedef {object} SizeResult
 * @property {string} id
 * @property {string} label
 * @property {"browser" | "node"} platform
 * @property {number} minified   bytes of the minified bundle
 * @property {number} gzip       bytes of it gzipped (level 9)
 * @property {string[]} builtins Node built-ins the bundle imports (should be none in a browser bundle)
 */

/**
 * Bundles one entry and measures it.
 *
 * @param {SizeEntry} entry
 * @returns {Promise<SizeResult>}
 */
export async function measure(entry) {
  const result = await build({
    stdin: { contents: entry.source, resolveDir: packagingDir, loader: "js", sourcefile: entry.id },
    bundle: true,
    write: false,
    minify: true,
    charset: "utf8",
    format: "esm",
    platform: entry.platform,
    external: nodeBuiltins,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const builtins = new Set();
  for (const input of Object.values(result.metafile.inputs))
    for (const imported of input.imports)
      if (imported.external && nodeBuiltins.includes(imported.path)) builtins.add(imported.path);
  return {
    id: entry.id,
    label: entry.label,
    platform: entry.platform,
    minified: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    builtins: [...builtins].sort(),
  };
}

/** @returns {Promise<SizeResult[]>} */
export async function measureAll() {
  for (const pkg of publicPackages()) {
    const entry = pkg.manifest.exports?.["."]?.import?.default ?? pkg.manifest.module;
    if (!entry || !existsSync(join(pkg.dir, entry)))
      throw new Error(
        `${pkg.name} is not built (no ${entry ?? "dist"}): run \`npm run build\` first`,
      );
  }
  const results = [];
  for (const entry of sizeEntries()) results.push(await measure(entry));
  return results;
}

/** @returns {Record<string, number>} gzip byte budgets by entry id */
export function readBudgets() {
  const { budgets } = JSON.parse(readFileSync(budgetsFile, "utf8"));
  return budgets;
}

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main() {
  const { values } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      "update-budgets": { type: "boolean", default: false },
    },
  });
  const results = await measureAll();
  if (values.json) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  if (values["update-budgets"]) {
    /** @type {Record<string, number>} */
    const budgets = {};
    for (const r of results) budgets[r.id] = Math.ceil((r.gzip * HEADROOM) / 100) * 100;
    const note = `min+gzip bytes; ${Math.round((HEADROOM - 1) * 100)} % above the size measured on ${new Date().toISOString().slice(0, 10)}. Raise one deliberately, in the commit that needs it.`;
    writeFileSync(budgetsFile, `${JSON.stringify({ note, budgets }, null, 2)}\n`);
    console.log(`wrote ${budgetsFile}`);
  }
  const budgets = existsSync(budgetsFile) ? readBudgets() : {};
  let over = 0;
  const rows = results.map((r) => {
    const budget = budgets[r.id];
    const status = budget === undefined ? "no budget" : r.gzip <= budget ? "ok" : "OVER";
    if (status !== "ok") over++;
    return [
      r.label,
      r.platform,
      kb(r.minified),
      `${r.gzip} B (${kb(r.gzip)})`,
      budget === undefined ? "—" : `${budget} B`,
      status +
        (r.platform === "browser" && r.builtins.length > 0
          ? ` imports ${r.builtins.join(", ")}`
          : ""),
    ];
  });
  const header = ["entry", "platform", "min", "min+gzip", "budget", ""];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => String(row[i]).length)),
  );
  for (const row of [header, ...rows])
    console.log(
      row
        .map((cell, i) => String(cell).padEnd(/** @type {number} */ (widths[i])))
        .join("  ")
        .trimEnd(),
    );
  if (over > 0) {
    console.error(
      `\n${over} entr${over === 1 ? "y is" : "ies are"} over budget or without one (${budgetsFile}).`,
    );
    process.exitCode = 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
