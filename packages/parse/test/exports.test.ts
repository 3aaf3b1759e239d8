import { expect, test } from "vitest";

test("@bulletin/parse exports exactly its public API", async () => {
  const api = await import("@bulletin/parse");
  expect(Object.keys(api).sort()).toEqual([
    "ParseOptionsError",
    "knownDepartments",
    "parseBulletinText",
    "repairExtractedText",
  ]);
});
