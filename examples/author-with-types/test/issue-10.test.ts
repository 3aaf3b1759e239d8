import { type Bulletin, validateBulletin } from "@bulletin/sdk";
import { expect, expectTypeOf, test } from "vitest";
import { issue10 } from "../src/issue-10";
import { issue10Text } from "../src/render-issue-10";

test("author-with-types: the issue written in TypeScript is valid and lint-clean", () => {
  expect(validateBulletin(issue10, { locale: "en" })).toMatchObject({ ok: true, issues: [] });
});

test("author-with-types: defineBulletin keeps the literal types of what was written", () => {
  expectTypeOf(issue10.issue.number).toEqualTypeOf<10>();
  expectTypeOf(issue10).toMatchTypeOf<Bulletin>();
});

test("author-with-types: the issue renders as official text", () => {
  const text = issue10Text();
  expect(text).toContain("政务窗口月报");
  expect(text).toContain("6.12万件");
});
