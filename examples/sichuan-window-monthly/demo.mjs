// Validates the reference issue and prints its outline: masthead, metrics, sections with their
// items (dates and departments), and the distribution. `npm run demo` from the repo root.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  formatDate,
  formatDateSpan,
  formatIssueNumber,
  formatQuantity,
  sectionMarker,
} from "@bulletin/format";
import { renderText } from "@bulletin/render";
import { validateBulletin } from "@bulletin/schema";

const file = new URL("./issue-9.json", import.meta.url);
const { ok, bulletin, issues } = validateBulletin(JSON.parse(readFileSync(file, "utf8")));
for (const issue of issues) console.log(`${issue.severity} ${issue.code}: ${issue.message}`);
if (!ok || !bulletin) process.exit(1);

const year = bulletin.issue.year;
const departments = new Map(bulletin.departments.map((d) => [d.id, d]));
console.log(
  `${bulletin.publication.title}  ${formatIssueNumber({ number: bulletin.issue.number })}`,
);
console.log(`${bulletin.publication.publisher.name}  ${formatDate(bulletin.issue.publishedOn)}`);
console.log(`\n指标 (${bulletin.metrics.length})`);
// (`approximate`: an amount printed as a bound keeps its 余 or 多, `500余人`.)
for (const m of bulletin.metrics)
  console.log(
    `  ${m.label}: ${formatQuantity(m.value, m.unit, { ...m.display, approximate: m.approximate })}`,
  );
bulletin.sections.forEach((section, s) => {
  console.log(`\n${sectionMarker(1, s + 1)}${section.title}`);
  const runningText =
    section.items.length === 1 && !section.items[0].title && !section.items[0].date;
  if (runningText) console.log(`  ${section.items[0].body.length} 段正文`);
  else
    section.items.forEach((item, i) => {
      const when = item.date ? formatDateSpan(item.date, { referenceYear: year }) : "";
      const who = (item.departmentRefs ?? [])
        .map((id) => departments.get(id)?.shortName ?? departments.get(id)?.name ?? id)
        .join("、");
      const title = item.title ?? "";
      console.log(`  ${sectionMarker(2, i + 1)}${[title, when, who].filter(Boolean).join("  ")}`);
    });
});
// The 报/送/发/抄送 lines as the plain-text renderer writes them.
for (const line of renderText(bulletin).split("\n"))
  if (/^(报|送|发|抄送)：/.test(line)) console.log(`\n${line}`);
// What was checked, with the file named from where npm ran (INIT_CWD), else the current folder.
const shown = relative(process.env.INIT_CWD || process.cwd(), fileURLToPath(file));
const count = (severity) => issues.filter((i) => i.severity === severity).length;
console.log(
  `\n${shown} is a valid bulletin: its structure (schema version ${bulletin.schemaVersion}) and the lint rules (references, dates, periods, figures) were checked: ${count("error")} errors, ${count("warning")} warnings, ${count("info")} notes.`,
);
