import { type FeedRecordResult, summarizeFeed, validateFeed } from "@bulletin/sdk";
import { expect, test } from "vitest";
import { smallBulletin } from "./fixtures";

test("summarizeFeed: counts records, validity, severities and codes of an array of results", () => {
  const results: FeedRecordResult[] = [
    { index: 0, ok: true, issues: [] },
    {
      index: 1,
      ok: true,
      issues: [{ code: "empty-section", path: [], severity: "warning", message: "" }],
    },
    {
      index: 2,
      ok: false,
      issues: [{ code: "invalid-json", path: [], severity: "error", message: "" }],
    },
    {
      index: -1,
      ok: false,
      issues: [{ code: "invalid-feed", path: ["title"], severity: "error", message: "" }],
    },
  ];
  expect(summarizeFeed(results)).toEqual({
    records: 3,
    valid: 2,
    invalid: 1,
    feedIssues: 1,
    errors: 2,
    warnings: 1,
    infos: 0,
    byCode: { "empty-section": 1, "invalid-json": 1, "invalid-feed": 1 },
  });
});

test("summarizeFeed: folds validateFeed's results straight from the stream", async () => {
  const feed = `${JSON.stringify(smallBulletin())}\n{}\nnot json\n`;
  const summary = await summarizeFeed(validateFeed(feed, { locale: "en" }));
  expect(summary).toMatchObject({ records: 3, valid: 1, invalid: 2 });
  expect(summary.byCode["invalid-json"]).toBe(1);
});
