import { readFileSync } from "node:fs";
import { validateBulletin } from "@bulletin/schema";
import { expect, test } from "vitest";

const input: unknown = JSON.parse(
  readFileSync(new URL("../issue-9.json", import.meta.url), "utf8"),
);

test("validateBulletin accepts the reference issue with no issue at all", () => {
  const result = validateBulletin(input);
  expect(result.issues).toEqual([]);
  expect(result.ok).toBe(true);
});
