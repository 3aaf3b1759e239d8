// Validates feed.ndjson as it streams and prints one line per problem, then the counts.
// Run: npm run demo (after `npm run build` at the root).
import { createReadStream } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatPath, summarizeFeed, validateFeed } from "@bulletin/sdk";

/** Validates an NDJSON file; returns the problem lines and the summary. */
export async function checkFeed(file, locale = "en") {
  const results = [];
  const lines = [];
  for await (const result of validateFeed(createReadStream(file), { locale })) {
    results.push({ index: result.index, ok: result.ok, issues: result.issues });
    for (const issue of result.issues) {
      lines.push(
        `line ${issue.line ?? result.line}: ${issue.severity} ${issue.code} at ${formatPath(issue.path)}`,
      );
    }
  }
  return { lines, summary: summarizeFeed(results) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = fileURLToPath(new URL("./feed.ndjson", import.meta.url));
  const { lines, summary } = await checkFeed(file);
  for (const line of lines) console.log(line);
  console.log(
    `${summary.records} records: ${summary.valid} valid, ${summary.invalid} invalid`,
    summary.byCode,
  );
  process.exitCode = summary.invalid > 0 ? 1 : 0;
}
