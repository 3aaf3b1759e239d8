// `npm run release:dry`: what `changeset version` + build + publish would ship, without touching
// the working tree or the registry.
//
// 1. copies the working tree (tracked and untracked, not ignored files) to a temporary folder
//    and commits it there on `main` (changesets reads git);
// 2. runs `changeset version` in the copy: versions, ranges and CHANGELOG.md change there only;
// 3. builds every public package in dependency order (`npm run build` in each);
// 4. `npm pack`s each into packages/packaging/.tarballs/ and writes manifest.json beside them.
//
// Options: --out <dir> (default packages/packaging/.tarballs), --keep (keep the copy and print
// its path), --no-version (pack the current versions, skipping step 2).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  copyWorkingTree,
  npmPack,
  packagingDir,
  publicPackages,
  repoRoot,
  run,
} from "./workspace.mjs";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: join(packagingDir, ".tarballs") },
    keep: { type: "boolean", default: false },
    "no-version": { type: "boolean", default: false },
  },
});
const outDir = resolve(/** @type {string} */ (values.out));
const started = Date.now();
const step = (/** @type {string} */ message) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${message}`);

const copy = mkdtempSync(join(tmpdir(), "bulletin-release-"));
try {
  step(`copying the working tree to ${copy}`);
  copyWorkingTree(copy);
  const git = ["-c", "user.name=release-dry", "-c", "user.email=release-dry@localhost"];
  run("git", ["init", "-q", "-b", "main"], { cwd: copy });
  run("git", ["add", "-A"], { cwd: copy });
  run("git", [...git, "commit", "-q", "--no-verify", "-m", "release:dry snapshot"], { cwd: copy });
  linkNodeModules(copy);

  const before = new Map(publicPackages(copy).map((p) => [p.name, p.version]));
  if (!values["no-version"]) {
    step("changeset version");
    const changeset = join(repoRoot, "node_modules", "@changesets", "cli", "bin.js");
    try {
      console.log(indent(run(process.execPath, [changeset, "version"], { cwd: copy }).trim()));
    } catch (error) {
      if (String(error).includes("invalid frontmatter"))
        console.error(
          'A changeset has lost its frontmatter. biome formats Markdown and reads `"pkg": minor` + `---` as a\n' +
            'setext heading (`## "pkg": minor`): exclude .changeset/*.md from biome and restore the\n' +
            '`---` / `"@bulletin/x": minor` / `---` block.',
        );
      throw error;
    }
  }
  const packages = publicPackages(copy);

  for (const pkg of packages) {
    step(`build ${pkg.name}`);
    run("npm", ["run", "build"], { cwd: pkg.dir });
  }

  mkdirSync(outDir, { recursive: true });
  for (const old of readdirSync(outDir)) if (old.endsWith(".tgz")) rmSync(join(outDir, old));
  /** @type {{ name: string; version: string; previousVersion: string | undefined; file: string; bytes: number }[]} */
  const manifest = [];
  for (const pkg of packages) {
    const file = npmPack(pkg.dir, outDir);
    manifest.push({
      name: pkg.name,
      version: pkg.version,
      previousVersion: before.get(pkg.name),
      file,
      bytes: statSync(join(outDir, file)).size,
    });
  }
  writeFileSync(
    join(outDir, "manifest.json"),
    `${JSON.stringify({ createdAt: new Date().toISOString(), packages: manifest }, null, 2)}\n`,
  );
  step(`packed ${manifest.length} packages into ${relative(process.cwd(), outDir) || "."}`);
  for (const m of manifest) {
    const version =
      m.previousVersion === m.version ? m.version : `${m.previousVersion} -> ${m.version}`;
    console.log(`  ${m.name.padEnd(20)} ${version.padEnd(16)} ${m.file} (${m.bytes} B)`);
  }
  const changelogs = packages
    .map((p) => join(p.dir, "CHANGELOG.md"))
    .filter((f) => existsSync(f))
    .map((f) => relative(copy, f));
  if (changelogs.length > 0)
    console.log(`  changelogs written in the copy: ${changelogs.join(", ")}`);
} finally {
  if (values.keep) console.log(`kept the copy at ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
}

/**
 * Gives the copy a node_modules of symlinks into the real one, except `@bulletin/*`, which points
 * at the copy's own workspaces so that builds and types read the versioned copy. Nested
 * `packages/x/node_modules` folders are linked the same way.
 *
 * @param {string} target
 */
function linkNodeModules(target) {
  const real = join(repoRoot, "node_modules");
  const modules = join(target, "node_modules");
  mkdirSync(modules);
  for (const entry of readdirSync(real)) {
    if (entry === "@bulletin" || entry === ".package-lock.json") continue;
    symlinkSync(join(real, entry), join(modules, entry));
  }
  mkdirSync(join(modules, "@bulletin"));
  for (const workspaces of ["packages", "examples"]) {
    if (!existsSync(join(target, workspaces))) continue;
    for (const entry of readdirSync(join(target, workspaces))) {
      const manifestFile = join(target, workspaces, entry, "package.json");
      if (!existsSync(manifestFile)) continue;
      const { name } = JSON.parse(readFileSync(manifestFile, "utf8"));
      if (name?.startsWith("@bulletin/"))
        symlinkSync(join(target, workspaces, entry), join(modules, name));
      const nested = join(repoRoot, workspaces, entry, "node_modules");
      if (existsSync(nested)) symlinkSync(nested, join(target, workspaces, entry, "node_modules"));
    }
  }
}

/** @param {string} text */
function indent(text) {
  return text
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");
}
