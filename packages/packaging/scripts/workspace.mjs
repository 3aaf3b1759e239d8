// Shared by the release, size and docs checks: where the repo is, and which packages it publishes.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file is packages/packaging/scripts/workspace.mjs). */
export const repoRoot = resolve(fileURLToPath(new URL("../../..", import.meta.url)));

/** packages/packaging. */
export const packagingDir = resolve(fileURLToPath(new URL("..", import.meta.url)));

/**
 * @typedef {object} PublicPackage
 * @property {string} name      e.g. "@bulletin/format"
 * @property {string} short     the folder name, e.g. "format"
 * @property {string} dir       absolute path of the package folder
 * @property {string} version
 * @property {string[]} internalDeps names of the other public packages it depends on
 * @property {Record<string, any>} manifest the parsed package.json
 */

/**
 * Every package under `packages/*` whose package.json is not `private`, dependencies first
 * (a topological order, ties broken by name), so building in this order always finds the
 * `dist/` of what a package imports.
 *
 * @param {string} [root] repository root (a throwaway copy in the dry run)
 * @returns {PublicPackage[]}
 */
export function publicPackages(root = repoRoot) {
  const packagesDir = join(root, "packages");
  /** @type {Map<string, PublicPackage>} */
  const byName = new Map();
  for (const entry of readdirSync(packagesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const file = join(packagesDir, entry.name, "package.json");
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, "utf8"));
    if (manifest.private) continue;
    byName.set(manifest.name, {
      name: manifest.name,
      short: entry.name,
      dir: join(packagesDir, entry.name),
      version: manifest.version,
      internalDeps: [],
      manifest,
    });
  }
  for (const pkg of byName.values()) {
    const deps = { ...pkg.manifest.dependencies, ...pkg.manifest.peerDependencies };
    pkg.internalDeps = Object.keys(deps)
      .filter((name) => byName.has(name))
      .sort();
  }
  /** @type {PublicPackage[]} */
  const ordered = [];
  const state = new Map();
  /** @param {PublicPackage} pkg @param {string[]} trail */
  const visit = (pkg, trail) => {
    if (state.get(pkg.name) === "done") return;
    if (state.get(pkg.name) === "visiting")
      throw new Error(`Dependency cycle between packages: ${[...trail, pkg.name].join(" -> ")}`);
    state.set(pkg.name, "visiting");
    for (const dep of pkg.internalDeps)
      visit(/** @type {PublicPackage} */ (byName.get(dep)), [...trail, pkg.name]);
    state.set(pkg.name, "done");
    ordered.push(pkg);
  };
  for (const name of [...byName.keys()].sort())
    visit(/** @type {PublicPackage} */ (byName.get(name)), []);
  return ordered;
}

/**
 * Runs a command and returns its stdout; on a non-zero exit throws with the command, its exit
 * code and the tail of its output, so a failed build says why.
 *
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string; env?: NodeJS.ProcessEnv; input?: string }} options
 * @returns {string}
 */
export function run(command, args, options) {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: { ...process.env, NO_UPDATE_NOTIFIER: "1", ...options.env },
    input: options.input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim().split("\n").slice(-40);
    throw new Error(
      `\`${command} ${args.join(" ")}\` failed in ${options.cwd} with exit code ${result.status}:\n${output.join("\n")}`,
    );
  }
  return result.stdout;
}

/**
 * Packs one package folder with `npm pack` into `destination` and returns the tarball's file
 * name (`bulletin-format-0.1.0.tgz`). The package must be built: `files` lists `dist`.
 *
 * @param {string} dir
 * @param {string} destination
 * @returns {string}
 */
export function npmPack(dir, destination) {
  const out = run("npm", ["pack", "--json", "--pack-destination", destination], { cwd: dir });
  const [info] = JSON.parse(out.slice(out.indexOf("[")));
  return info.filename;
}

/** @returns {string[]} tracked and untracked, not ignored, files of the working tree */
export function workingTreeFiles(root = repoRoot) {
  return execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  })
    .split("\0")
    .filter(Boolean);
}

/**
 * Copies the working tree's files (tracked and untracked, not ignored: no node_modules, no dist)
 * to `target`, as a fresh clone of it would hold them.
 *
 * @param {string} target
 */
export function copyWorkingTree(target) {
  for (const file of workingTreeFiles()) {
    const from = join(repoRoot, file);
    if (!existsSync(from) || !lstatSync(from).isFile()) continue; // deleted, or a symlink
    mkdirSync(dirname(join(target, file)), { recursive: true });
    copyFileSync(from, join(target, file));
  }
}
