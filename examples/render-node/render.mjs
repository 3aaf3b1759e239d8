// Renders the reference issue to out/issue-9.html, .md and .txt.
// Run `npm run demo` here (after `npm run build` at the repository root), or `npm run demo` at
// the root. Paths are printed from where you ran npm (INIT_CWD), else from the current folder.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { renderHtml, renderMarkdown, renderText } from "@bulletin/render";
import { validateBulletin } from "@bulletin/schema";

const here = dirname(fileURLToPath(import.meta.url));
const input = join(here, "..", "sichuan-window-monthly", "issue-9.json");
const outDir = join(here, "out");

const { ok, bulletin, issues } = validateBulletin(JSON.parse(readFileSync(input, "utf8")), {
  locale: "en",
});
if (!ok || bulletin === undefined) {
  for (const issue of issues) console.error(`${issue.code} ${issue.message}`);
  process.exit(1);
}
const from = process.env.INIT_CWD || process.cwd();
const count = (severity) => issues.filter((i) => i.severity === severity).length;
console.log(
  `validated ${relative(from, input)} (schema and lint rules: ${count("warning")} warnings, ${count("info")} notes), then rendered it:`,
);

/** Writes a file atomically: a temporary file in the same folder, then a rename. */
function writeAtomically(file, text) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

mkdirSync(outDir, { recursive: true });
const outputs = [
  ["issue-9.html", renderHtml(bulletin, { document: true, theme: "official" })],
  ["issue-9.md", renderMarkdown(bulletin)],
  ["issue-9.txt", renderText(bulletin)],
];
for (const [name, text] of outputs) {
  const file = join(outDir, name);
  writeAtomically(file, text);
  console.log(`  wrote ${relative(from, file)} (${Buffer.byteLength(text)} bytes)`);
}
