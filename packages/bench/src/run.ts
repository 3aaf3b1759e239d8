/**
 * Runs the benchmark suites: `npm run bench` (all) or `npm run bench -- format schema`.
 * Each suite is a module in ./suites exporting `run(): Promise<void>` that writes
 * `results/<suite>.json` through `writeResult`.
 */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = join(dirname(fileURLToPath(import.meta.url)), "suites");
const wanted = process.argv.slice(2);
const suites = readdirSync(dir)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.replace(/\.ts$/, ""))
  .filter((s) => wanted.length === 0 || wanted.includes(s))
  .sort();

for (const suite of suites) {
  console.log(`\n# ${suite}`);
  const mod = (await import(pathToFileURL(join(dir, `${suite}.ts`)).href)) as {
    run: () => Promise<void>;
  };
  await mod.run();
}
