// From JSON to a document your office can edit, and back.
// Run `npm run demo` here (after `npm run build` at the repository root).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { readDocx, renderDocx } from "@bulletin/docx";
import { parseBulletinText } from "@bulletin/parse";
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

/** Writes a file atomically: a temporary file in the same folder, then a rename. */
function writeAtomically(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

// 1. JSON → Word: A4, GB/T 9704 margins, 22 lines × 28 characters, red masthead, page numbers.
mkdirSync(outDir, { recursive: true });
const docx = join(outDir, "issue-9.docx");
writeAtomically(docx, await renderDocx(bulletin));
console.log(`wrote ${relative(process.cwd(), docx)}: open it in Word, WPS or LibreOffice`);

// 2. Word → JSON: what comes back once the office has edited the document and sent it on.
const { text, warnings } = await readDocx(readFileSync(docx));
const back = parseBulletinText(text).bulletin;
const json = join(outDir, "issue-9.from-docx.json");
writeAtomically(json, `${JSON.stringify(back, null, 2)}\n`);
console.log(
  `read it back: ${back.sections.length} sections, ${back.metrics.length} figures, ${warnings.length} warnings`,
);
console.log(`wrote ${relative(process.cwd(), json)}`);
