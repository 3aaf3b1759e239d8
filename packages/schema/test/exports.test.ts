import { expect, test } from "vitest";

test("@bulletin/schema exports exactly its public API", async () => {
  const api = await import("@bulletin/schema");
  expect(Object.keys(api).sort()).toEqual([
    "BlockSchema",
    "BulletinSchema",
    "BulletinValidationError",
    "CellSchema",
    "DISTRIBUTION_ROLES",
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
    "SECTION_KINDS",
    "SectionSchema",
    "TEXT_RULES",
    "TableRowSchema",
    "TableSchema",
    "YEAR_RANGE",
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

test("@bulletin/schema/constants exports the model's constants, the same values as the main entry", async () => {
  const constants = await import("@bulletin/schema/constants");
  const api = await import("@bulletin/schema");
  expect(Object.keys(constants).sort()).toEqual([
    "DISTRIBUTION_ROLES",
    "SCHEMA_VERSION",
    "SECTION_KINDS",
    "YEAR_RANGE",
  ]);
  expect(constants.SCHEMA_VERSION).toBe(api.SCHEMA_VERSION);
  expect(constants.DISTRIBUTION_ROLES).toEqual(api.DISTRIBUTION_ROLES);
  expect(constants.SECTION_KINDS).toEqual(api.SECTION_KINDS);
  expect(constants.YEAR_RANGE).toEqual(api.YEAR_RANGE);
});
