// Runs the text rules over a corpus of real bulletin texts (one `.txt` a bulletin, one line a
// paragraph) and prints the findings by rule as a Markdown table, then a few examples of each.
// Usage: node scripts/lint-corpus.mjs [corpus dir] [--examples N]
// (default dir: packages/parse/test/corpus; build @bulletin/schema first)
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { fixBulletin, lintBulletin, TEXT_RULES, validateBulletin } from "../dist/index.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf("--examples");
const examples = at === -1 ? 0 : Number(args[at + 1]) || 0;
// The directory is the one argument that is neither a flag nor the value after --examples.
const dir = resolve(
  args.find((a, i) => !a.startsWith("--") && (at === -1 || i !== at + 1)) ??
    join(root, "packages/parse/test/corpus"),
);
const text = new Set(TEXT_RULES.map((r) => r.code));

const files = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const byRule = new Map();
let fixes = 0;
let paragraphs = 0;
for (const file of files) {
  const lines = readFileSync(join(dir, file), "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
  paragraphs += lines.length;
  const year = Number(/20\d\d/.exec(lines.join(""))?.[0] ?? 2025);
  const bulletin = {
    schemaVersion: "1",
    publication: { title: file.replace(/\.txt$/, ""), publisher: { name: "corpus" } },
    issue: { number: 1, publishedOn: `${year}-12-31` },
    departments: [],
    metrics: [],
    sections: [{ title: "正文", items: [{ body: lines.map((l) => [l]) }] }],
  };
  if (!validateBulletin(bulletin).ok) throw new Error(`${file}: not a valid wrapper`);
  for (const issue of lintBulletin(bulletin, { locale: "en" })) {
    if (!text.has(issue.code)) continue;
    const entry = byRule.get(issue.code) ?? { count: 0, files: new Set(), samples: [] };
    entry.count++;
    entry.files.add(file);
    const line = lines[issue.path[5]] ?? "";
    const at = issue.offset ?? 0;
    if (entry.samples.length < examples)
      entry.samples.push(
        `${file}: …${line.slice(Math.max(0, at - 12), at + (issue.length ?? 0) + 12)}… → ${issue.fix ?? "(no fix)"}`,
      );
    byRule.set(issue.code, entry);
  }
  fixes += fixBulletin(bulletin).applied.length;
}
console.log(
  `${files.length} texts, ${paragraphs} paragraphs; fixBulletin applied ${fixes} fixes\n`,
);
console.log("| rule | findings | texts |\n|---|---:|---:|");
for (const rule of TEXT_RULES) {
  const e = byRule.get(rule.code);
  console.log(`| \`${rule.code}\` | ${e?.count ?? 0} | ${e?.files.size ?? 0} |`);
}
if (examples > 0)
  for (const [code, e] of byRule) {
    console.log(`\n${code}`);
    for (const s of e.samples) console.log(`  ${s}`);
  }
