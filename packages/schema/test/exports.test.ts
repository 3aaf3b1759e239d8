import { expect, test } from "vitest";

test("@bulletin/schema exports exactly its public API", async () => {
  const api = await import("@bulletin/schema");
  expect(Object.keys(api).sort()).toEqual([
    "BulletinSchema",
    "BulletinValidationError",
    "DateSpanSchema",
    "DepartmentSchema",
    "DistributionSchema",
    "InlineSchema",
    "IssueSchema",
    "ItemSchema",
    "LINT_RULES",
    "MetricSchema",
    "OrganizationSchema",
    "ParagraphSchema",
    "PublicationSchema",
    "SCHEMA_VERSION",
    "SectionSchema",
    "TEXT_RULES",
    "fixBulletin",
    "formatMessage",
    "formatPath",
    "lintBulletin",
    "parseBulletin",
    "safeParseBulletin",
    "validateBulletin",
  ]);
});
