import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { checkFeed } from "../validate-feed.mjs";

const feed = fileURLToPath(new URL("../feed.ndjson", import.meta.url));
const bin = fileURLToPath(new URL("../../../packages/cli/dist/bin.js", import.meta.url));

test("feed-validation: the API finds the three bad issues of the feed and keeps the two good ones", async () => {
  const { lines, summary } = await checkFeed(feed);
  expect(lines).toEqual([
    "line 4: error invalid-date at issue.publishedOn",
    "line 5: error invalid-json at (root)",
    "line 6: error unresolved-department-ref at sections[1].items[0].body[0][0].ref",
  ]);
  expect(summary).toMatchObject({ records: 5, valid: 2, invalid: 3 });
});

test("feed-validation: the CLI reports the same problems with file, line and column, and exits 1", () => {
  const r = spawnSync(process.execPath, [bin, "validate", feed, "--locale", "en"], {
    encoding: "utf8",
  });
  expect(r.status).toBe(1);
  const codes = r.stdout
    .trim()
    .split("\n")
    .slice(0, -1)
    .map((l) => l.split("  ")[3]);
  expect(codes).toEqual(["invalid-date", "invalid-json", "unresolved-department-ref"]);
  expect(r.stdout).toContain("1 file, 5 records: 2 valid, 3 invalid (3 errors, 0 warnings)");
});
