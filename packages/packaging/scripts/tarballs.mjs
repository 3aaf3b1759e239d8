// `npm run tarballs`: the eight public packages as tarballs, to install before they are on the
// registry. Packs the built workspace packages (`npm run tarballs` builds them first) at their
// current versions into packages/packaging/.tarballs/ (or --out <dir>), with manifest.json.
// Install them all together — each package depends on its siblings, so one alone fails:
//   npm install <repository>/packages/packaging/.tarballs/*.tgz
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { npmPack, packagingDir, publicPackages } from "./workspace.mjs";

const { values } = parseArgs({
  options: { out: { type: "string", default: join(packagingDir, ".tarballs") } },
});
const outDir = resolve(/** @type {string} */ (values.out));
const packages = publicPackages();
for (const pkg of packages) {
  if (!existsSync(join(pkg.dir, "dist")))
    throw new Error(`${pkg.name} is not built: run \`npm run build\` first`);
}
mkdirSync(outDir, { recursive: true });
for (const old of readdirSync(outDir)) if (old.endsWith(".tgz")) rmSync(join(outDir, old));
const manifest = packages.map((pkg) => {
  const file = npmPack(pkg.dir, outDir);
  return { name: pkg.name, version: pkg.version, file, bytes: statSync(join(outDir, file)).size };
});
writeFileSync(
  join(outDir, "manifest.json"),
  `${JSON.stringify({ createdAt: new Date().toISOString(), packages: manifest }, null, 2)}\n`,
);
const shown = relative(process.cwd(), outDir) || ".";
console.log(`packed ${manifest.length} packages into ${shown}:`);
for (const m of manifest) console.log(`  ${m.file} (${m.bytes} B)`);
console.log(`install them all together: npm install ${outDir}/*.tgz`);
