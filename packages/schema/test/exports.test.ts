import { expect, test } from "vitest";

test("@bulletin/schema exports exactly its public API", async () => {
  const api = await import("@bulletin/schema");
  expect(Object.keys(api).sort()).toEqual([
    "BlockSchema",
    "BulletinSchema",
    "BulletinValidationError",
    "CellSchema",
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
    "TableRowSchema",
    "TableSchema",
    "fixBulletin",
    "formatMessage",
    "formatPath",
    "lintBulletin",
    "parseBulletin",
    "placeTableCells",
    "safeParseBulletin",
    "validateBulletin",
  ]);
});
