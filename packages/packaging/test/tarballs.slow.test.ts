// slow: installs the packed packages into an empty project outside the workspace (no workspace
// links, dependencies such as zod from the registry or the npm cache) and uses them the way a
// user does: ESM import and CommonJS require of every package with a real call, the `bulletin`
// bin, the examples (demos run, the TypeScript example type-checked and run, the browser page
// bundled for the browser), and a consumer .ts file type-checked with moduleResolution node16
// (ESM and CJS) and bundler.
//
// The tarballs come from `npm pack` of the built workspace packages, or, when BULLETIN_TARBALLS
// names a folder written by `npm run release:dry` (manifest.json + *.tgz), from there.
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { npmPack, publicPackages, repoRoot } from "../scripts/workspace.mjs";

// Each test runs tsc or installs packages: 57–102 s each on a 2-core machine at load average
// 60–80, against the default 30 s.
vi.setConfig({ testTimeout: 300_000 });

const packages = publicPackages();
const issueFile = join(repoRoot, "examples/sichuan-window-monthly/issue-9.json");
const seedFile = join(repoRoot, "examples/sichuan-window-monthly/seed.txt");
const tsc = join(repoRoot, "node_modules/typescript/bin/tsc");
const typesNode = JSON.parse(
  readFileSync(join(repoRoot, "node_modules/@types/node/package.json"), "utf8"),
).version as string;

/** What each package must do once installed; `m` is the module, `issue`/`seed` the reference data. */
const probes: Record<string, string> = {
  "@bulletin/format": `
    assert.equal(m.toChineseMoney(1005.07), "壹仟零伍元零柒分");
    assert.equal(m.formatQuantity(58800, "件", { scale: "万", fractionDigits: 2 }), "5.88万件");
    assert.throws(() => m.parseChineseNumber("不是数字"), m.FormatError);`,
  "@bulletin/schema": `
    assert.equal(m.parseBulletin(issue).issue.number, 9);
    assert.equal(m.validateBulletin({}).ok, false);
    const jsonSchema = await loadJson("@bulletin/schema/bulletin.schema.json");
    assert.equal(jsonSchema.$schema, "https://json-schema.org/draft/2020-12/schema");`,
  "@bulletin/render": `
    const html = m.renderHtml(issue);
    assert.match(html, /政务窗口月报/);
    assert.match(m.renderHtml(issue, { document: true }), /^<!doctype html>/i);
    assert.match(m.renderMarkdown(issue), /5\\.88万件/);
    assert.ok(existsSync(require.resolve("@bulletin/render/official.css")));`,
  "@bulletin/parse": `
    const { bulletin, warnings } = m.parseBulletinText(seed);
    assert.equal(bulletin.issue.number, 9);
    assert.ok(Array.isArray(warnings));`,
  "@bulletin/sdk": `
    assert.equal(m.loadBulletin(issueText).bulletin.issue.number, 9);
    const feed = [issueText.replace(/\\n\\s*/g, "") + "\\n", '{"schemaVersion":"1"}\\n', "{broken\\n"];
    const results = [];
    for await (const record of m.validateFeed((async function* () { yield* feed; })())) results.push(record.ok);
    assert.deepEqual(results, [true, false, false]);
    assert.match(m.renderHtml(issue), /政务窗口月报/);`,
  "@bulletin/docx": `
    const { text, warnings } = await m.readDocx(await m.renderDocx(issue));
    assert.deepEqual(text.split("\\n\\n").slice(0, 2), ["政务窗口月报", "第9期"]);
    assert.deepEqual(warnings, []);
    await assert.rejects(m.readDocx(new Uint8Array([1, 2, 3])), m.DocxError);`,
  "@bulletin/pdf": `
    const ops = "BT /F1 12 Tf 72 700 Td (Hello bulletin) Tj ET";
    const pdf = "%PDF-1.4\\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\\n" +
      "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\\n" +
      "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R " +
      "/Resources <</Font <</F1 <</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>>>>>>> endobj\\n" +
      "4 0 obj <</Length " + ops.length + ">> stream\\n" + ops + "\\nendstream endobj\\n" +
      "trailer <</Root 1 0 R /Size 5>>\\n%%EOF\\n";
    const read = await m.readPdf(new TextEncoder().encode(pdf));
    assert.equal(read.text, "Hello bulletin");
    await assert.rejects(m.readPdf(new TextEncoder().encode("hello")), (e) => e instanceof m.PdfError && e.code === "not-a-pdf");
    const print = typeof module === "object" ? require("@bulletin/pdf/print") : await import("@bulletin/pdf/print");
    assert.equal(print.PdfError, m.PdfError);
    await assert.rejects(print.renderPdf(issue, { executablePath: "/no/such/chromium" }), (e) => e.code === "no-browser");`,
  "@bulletin/cli": `
    let out = "";
    const code = await m.runCli(["--version"], { stdout: { write: (s) => { out += s; } } });
    assert.equal(code, 0);
    assert.equal(out.trim(), version);`,
};

/** A line of a consumer .ts file per package: a typed use of its main export. */
const typeProbes: Record<string, string> = {
  "@bulletin/format": `import { toChineseMoney, type FormatQuantityOptions } from "@bulletin/format";
export const money: string = toChineseMoney(1005.07);
export const quantityOptions: FormatQuantityOptions = { scale: "万", fractionDigits: 2 };`,
  "@bulletin/schema": `import { type Bulletin, parseBulletin, validateBulletin } from "@bulletin/schema";
export const bulletin: Bulletin = parseBulletin({});
export const ok: boolean = validateBulletin(bulletin).ok;`,
  "@bulletin/render": `import { renderHtml, type RenderHtmlOptions } from "@bulletin/render";
const renderOptions: RenderHtmlOptions = { document: true, theme: "official" };
export const html: string = renderHtml(bulletin, renderOptions);`,
  "@bulletin/parse": `import { parseBulletinText, type ParseWarning } from "@bulletin/parse";
export const warnings: ParseWarning[] = parseBulletinText("").warnings;`,
  "@bulletin/sdk": `import { loadBulletin, validateFeed, type FeedRecordResult } from "@bulletin/sdk";
export const loaded: Bulletin = loadBulletin("{}").bulletin;
export async function firstRecord(): Promise<FeedRecordResult | undefined> {
  const source = (async function* () {
    yield "{}\\n";
  })();
  for await (const record of validateFeed(source)) return record;
  return undefined;
}`,
  "@bulletin/docx": `import { type DocxText, readDocx, type RenderDocxOptions, renderDocx } from "@bulletin/docx";
const docxOptions: RenderDocxOptions = { pageNumbers: true, fonts: { body: "仿宋" } };
export const docxText: Promise<DocxText> = renderDocx(bulletin, docxOptions).then((b) => readDocx(b));`,
  "@bulletin/pdf": `import { readPdf, type PdfText } from "@bulletin/pdf";
import { createPdfRenderer, type PdfRenderer } from "@bulletin/pdf/print";
export const pdfText: Promise<PdfText> = readPdf(new Uint8Array());
export const renderer: PdfRenderer = createPdfRenderer({ executablePath: "/usr/bin/chromium" });`,
  "@bulletin/cli": `import { runCli } from "@bulletin/cli";
export const exitCode: Promise<number> = runCli(["--version"]);`,
};

let project = "";
let tarballDir = "";
/** Installed version of each package, from its tarball. */
const versions = new Map<string, string>();

function sh(command: string, args: string[], cwd = project) {
  return spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", NO_UPDATE_NOTIFIER: "1" },
  });
}

/** The strictest settings a consumer may compile with, checking the installed declarations too. */
function strictCompilerOptions(resolution: "node16" | "bundler", lib: string[]) {
  return {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    target: "ES2022",
    lib,
    module: resolution === "node16" ? "Node16" : "ESNext",
    moduleResolution: resolution === "node16" ? "Node16" : "Bundler",
    types: ["node"],
    skipLibCheck: false,
    noEmit: true,
  };
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "bulletin-consumer-"));
  const fromRelease = process.env.BULLETIN_TARBALLS;
  let files: string[];
  if (fromRelease) {
    tarballDir = fromRelease;
    const manifest = JSON.parse(readFileSync(join(fromRelease, "manifest.json"), "utf8"));
    files = [];
    for (const p of manifest.packages as { name: string; version: string; file: string }[]) {
      files.push(join(fromRelease, p.file));
      versions.set(p.name, p.version);
    }
  } else {
    tarballDir = join(project, "tarballs");
    mkdirSync(tarballDir);
    files = packages.map((pkg) => {
      const entry = pkg.manifest.exports?.["."]?.import?.default ?? pkg.manifest.module;
      if (!entry || !existsSync(join(pkg.dir, entry)))
        throw new Error(`${pkg.name} is not built (no ${entry}): run \`npm run build\` first`);
      versions.set(pkg.name, pkg.version);
      return join(tarballDir, npmPack(pkg.dir, tarballDir));
    });
  }
  expect([...versions.keys()].sort(), "the tarballs are the public packages").toEqual(
    packages.map((p) => p.name).sort(),
  );

  writeFileSync(
    join(project, "package.json"),
    `${JSON.stringify({ name: "bulletin-consumer", version: "0.0.0", private: true }, null, 2)}\n`,
  );
  const install = sh("npm", [
    "install",
    "--no-audit",
    "--no-fund",
    "--prefer-offline",
    "--loglevel=error",
    ...files,
    `@types/node@${typesNode}`,
  ]);
  if (install.status !== 0)
    throw new Error(`npm install of the tarballs failed:\n${install.stdout}${install.stderr}`);

  // The examples, beside the installed packages (they may read each other's data files).
  cpSync(join(repoRoot, "examples"), join(project, "examples"), {
    recursive: true,
    filter: (source) => !/[\\/](node_modules|test|dist|out)$/.test(source),
  });
  cpSync(issueFile, join(project, "issue-9.json"));
  cpSync(seedFile, join(project, "seed.txt"));
}, 240_000);

afterAll(() => {
  if (project && !process.env.KEEP_CONSUMER) rmSync(project, { recursive: true, force: true });
});

// Each test runs tsc, node or esbuild on the installed project: on a 2-core machine shared by
// several runs tsc alone took 40–100 s, past vitest's 30 s default.
describe("slow: the packed packages installed in an empty project", { timeout: 5 * 60_000 }, () => {
  test("slow: every package is installed from its tarball, not linked to the workspace", () => {
    for (const pkg of packages) {
      const installed = join(project, "node_modules", pkg.name);
      expect(existsSync(join(installed, "package.json")), pkg.name).toBe(true);
      const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
      expect(manifest.version).toBe(versions.get(pkg.name));
      expect(
        readdirSync(installed).sort(),
        `${pkg.name} ships only what "files" lists`,
      ).not.toContain("src");
    }
  });

  const preamble = {
    esm: (name: string) => `import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const loadJson = async (spec) => (await import(spec, { with: { type: "json" } })).default;
const m = await import(${JSON.stringify(name)});
`,
    cjs: (name: string) => `const assert = require("node:assert/strict");
const { existsSync, readFileSync } = require("node:fs");
const loadJson = async (spec) => require(spec);
const m = require(${JSON.stringify(name)});
`,
  };

  for (const format of ["esm", "cjs"] as const) {
    test.each(packages.map((p) => [p.name]))(
      `slow: %s works through ${format === "esm" ? "import" : "require"}`,
      (name) => {
        const body = probes[name] ?? "assert.ok(Object.keys(m).length > 0, 'exports something');";
        const script = `${preamble[format](name)}
const issueText = readFileSync("issue-9.json", "utf8");
const issue = JSON.parse(issueText);
const seed = readFileSync("seed.txt", "utf8");
const version = ${JSON.stringify(versions.get(name))};
(async () => {${body}
})().catch((error) => { console.error(error); process.exit(1); });
`;
        const file = join(
          project,
          `probe-${name.replace(/\W/g, "-")}.${format === "esm" ? "mjs" : "cjs"}`,
        );
        writeFileSync(file, script);
        const result = sh(process.execPath, [file]);
        expect(result.stderr + result.stdout, `${name} (${format})`).toBe("");
        expect(result.status).toBe(0);
      },
    );
  }

  const bins = packages.flatMap((p) =>
    Object.keys(
      typeof p.manifest.bin === "string" ? { [p.short]: p.manifest.bin } : (p.manifest.bin ?? {}),
    ).map((bin) => [bin, p.name] as const),
  );

  test.each(bins)("slow: the %s bin prints the version of %s", (bin, name) => {
    const result = sh(join(project, "node_modules/.bin", bin), ["--version"]);
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe(versions.get(name));
    expect(result.status).toBe(0);
  });

  test.skipIf(!packages.some((p) => p.name === "@bulletin/cli"))(
    "slow: bulletin validate accepts the reference issue and rejects a broken one",
    () => {
      const bin = join(project, "node_modules/.bin/bulletin");
      const good = sh(bin, ["validate", "issue-9.json", "--locale", "en"]);
      expect(good.status, good.stdout + good.stderr).toBe(0);
      writeFileSync(join(project, "broken.json"), '{ "schemaVersion": "1" }\n');
      const bad = sh(bin, ["validate", "broken.json", "--locale", "en"]);
      expect(bad.status, bad.stdout + bad.stderr).toBe(1);
      expect(bad.stdout + bad.stderr).toMatch(/broken\.json/);
    },
  );

  // Each example whose `demo` script is plain `node`/`bulletin` commands runs from a copy beside the
  // installed packages, so its imports resolve to the tarballs.
  const examples = readdirSync(join(repoRoot, "examples"))
    .filter((dir) => existsSync(join(repoRoot, "examples", dir, "package.json")))
    .map((dir) => {
      const manifest = JSON.parse(
        readFileSync(join(repoRoot, "examples", dir, "package.json"), "utf8"),
      );
      const demo: string | undefined = manifest.scripts?.demo;
      // Runnable here: a demo made only of `node …` and `bulletin …` commands.
      const runnable =
        demo?.split(/;|&&/).every((part) => /^\s*(node|bulletin)\s[^|<>`$]*$/.test(part)) === true;
      return { dir, runnable, demo };
    });
  for (const example of examples) {
    test.skipIf(!example.runnable)(
      `slow: example ${example.dir} runs its demo against the tarballs${example.runnable ? "" : ` (skipped: its demo is not plain node/bulletin commands: ${example.demo ?? "none"})`}`,
      () => {
        const target = join(project, "examples", example.dir);
        const result = spawnSync("sh", ["-c", example.demo!], {
          cwd: target,
          encoding: "utf8",
          env: {
            ...process.env,
            NO_COLOR: "1",
            PATH: `${join(project, "node_modules/.bin")}:${process.env.PATH}`,
          },
        });
        // 1 is the CLI's "invalid input", which a demo of bad records ends with; a crash is not.
        const output = result.stdout + result.stderr;
        expect(
          result.status === 0 || (result.status === 1 && /\bbulletin\s/.test(example.demo!)),
          output,
        ).toBe(true);
        expect(output, "no stack trace").not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
        expect(result.stdout.length).toBeGreaterThan(0);
      },
    );
  }

  // An example written in TypeScript has no plain `node` demo: type-check its sources against
  // the installed declarations, then bundle and run them against the installed code.
  test.skipIf(!packages.some((p) => p.name === "@bulletin/sdk"))(
    "slow: example author-with-types type-checks and runs against the tarballs",
    async () => {
      const dir = join(project, "examples", "author-with-types");
      const compilerOptions = strictCompilerOptions("bundler", ["ES2022"]);
      writeFileSync(
        join(dir, "tsconfig.tarballs.json"),
        JSON.stringify({ compilerOptions, include: ["src"] }, null, 2),
      );
      const checked = sh(process.execPath, [tsc, "-p", "tsconfig.tarballs.json"], dir);
      expect(checked.stdout + checked.stderr, "tsc of the example").toBe("");
      expect(checked.status).toBe(0);

      writeFileSync(
        join(dir, "run.ts"),
        'import { issue10Text } from "./src/render-issue-10";\nconsole.log(issue10Text());\n',
      );
      const bundled = await build({
        entryPoints: [join(dir, "run.ts")],
        bundle: true,
        platform: "node",
        format: "esm",
        outfile: join(dir, "run.mjs"),
        logLevel: "silent",
      });
      expect(bundled.errors).toEqual([]);
      const result = sh(process.execPath, [join(dir, "run.mjs")], dir);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^政务窗口月报\n/);
      expect(result.stdout).toContain("第10期");
    },
  );

  // The browser example is built with Vite and opened in Chromium in its own test, from the
  // workspace. Here its page script is bundled for the browser from the installed tarballs:
  // every import resolves through the published exports maps, and nothing of Node comes along.
  test.skipIf(!packages.some((p) => p.name === "@bulletin/sdk"))(
    "slow: example browser bundles for the browser from the tarballs, without Node built-ins",
    async () => {
      const dir = join(project, "examples", "browser");
      const builtins = new Set<string>();
      const bundled = await build({
        entryPoints: [join(dir, "src", "main.ts")],
        bundle: true,
        platform: "browser",
        format: "esm",
        write: false,
        charset: "utf8",
        metafile: true,
        logLevel: "silent",
        plugins: [
          {
            name: "vite-raw-and-node-guard",
            setup(b) {
              // Vite's `?raw` import: the file's text as a string.
              b.onResolve({ filter: /\?raw$/ }, (args) => ({
                path: join(args.resolveDir, args.path.slice(0, -"?raw".length)),
                namespace: "raw",
              }));
              b.onLoad({ filter: /.*/, namespace: "raw" }, (args) => ({
                contents: readFileSync(args.path, "utf8"),
                loader: "text",
              }));
              b.onResolve({ filter: /^node:|^(fs|path|stream|util|url|os)$/ }, (args) => {
                builtins.add(`${args.path} (from ${args.importer})`);
                return { path: args.path, external: true };
              });
            },
          },
        ],
      });
      expect(bundled.errors).toEqual([]);
      expect([...builtins]).toEqual([]);
      const inputs = Object.keys(bundled.metafile.inputs);
      // The packages came from the installed tarballs' dist, not from any workspace source.
      for (const name of ["sdk", "schema", "render", "format"])
        expect(inputs.some((i) => i.includes(`node_modules/@bulletin/${name}/dist/`))).toBe(true);
      expect(inputs.filter((i) => i.includes("/src/") && i.includes("@bulletin"))).toEqual([]);
      expect(bundled.outputFiles[0]?.text).toContain("政务窗口月报");
    },
  );

  const consumer = [
    ...packages.map(
      (p) =>
        typeProbes[p.name] ??
        `import * as ${p.short.replace(/\W/g, "_")} from "${p.name}";\nexport { ${p.short.replace(/\W/g, "_")} };`,
    ),
  ];
  // The sdk probe uses the Bulletin type; keep it in scope when schema's probe is absent.
  const typeHeader = packages.some((p) => p.name === "@bulletin/schema")
    ? ""
    : 'import type { Bulletin } from "@bulletin/sdk";\n';

  test.each([
    ["node16", "ESM (.mts) and CommonJS (.cts)", ["consumer.mts", "consumer.cts"]],
    ["bundler", "ESM (.ts)", ["consumer.ts"]],
  ] as const)(
    "slow: a consumer file type-checks with moduleResolution %s as %s",
    (resolution, _kind, files) => {
      for (const file of files)
        writeFileSync(join(project, file), `${typeHeader}${consumer.join("\n")}\n`);
      const compilerOptions = strictCompilerOptions(resolution, ["ES2022", "DOM"]);
      const config = `tsconfig.${resolution}.json`;
      writeFileSync(join(project, config), JSON.stringify({ compilerOptions, files }, null, 2));
      const result = sh(process.execPath, [tsc, "-p", config]);
      expect(result.stdout + result.stderr, `tsc -p ${config}`).toBe("");
      expect(result.status).toBe(0);
    },
  );
});
