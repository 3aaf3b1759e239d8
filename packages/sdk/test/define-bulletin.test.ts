import { type Bulletin, BulletinValidationError, defineBulletin } from "@bulletin/sdk";
import { expect, expectTypeOf, test } from "vitest";
import { smallBulletin } from "./fixtures";

test("defineBulletin: returns a valid bulletin as it was written", () => {
  const input = smallBulletin();
  expect(defineBulletin(input)).toBe(input);
});

test("defineBulletin: keeps the literal types of what was written", () => {
  const b = defineBulletin({
    schemaVersion: "1",
    publication: { title: "工作动态", publisher: { name: "某某局" } },
    issue: { number: 3, publishedOn: "2025-04-01" },
    departments: [],
    metrics: [],
    sections: [{ title: "工作进展", items: [{ body: [["本月完成。"]] }] }],
  });
  expectTypeOf(b.issue.number).toEqualTypeOf<3>();
  expectTypeOf(b.publication.title).toEqualTypeOf<"工作动态">();
  expectTypeOf(b).toMatchTypeOf<Bulletin>();
});

test("defineBulletin: rejects at compile time what the model does not allow", () => {
  const issue = { number: "9", publishedOn: "2025-11-10" };
  // @ts-expect-error `issue.number` must be a number
  const define = () => defineBulletin({ ...smallBulletin(), issue });
  expect(define).toThrow();
});

test("defineBulletin: throws BulletinValidationError with every error, zh-CN by default", () => {
  const bad = { ...smallBulletin(), issue: { number: 9, publishedOn: "2025-02-30" } };
  expect(() => defineBulletin(bad)).toThrow(BulletinValidationError);
  expect(() => defineBulletin(bad)).toThrow(/issue\.publishedOn` 不是有效日期/);
  expect(() => defineBulletin(bad, { locale: "en" })).toThrow(/is not a date/);
});
