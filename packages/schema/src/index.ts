export { DISTRIBUTION_ROLES, SECTION_KINDS, YEAR_RANGE } from "./constants";
export { BulletinValidationError } from "./errors";
export {
  type AppliedFix,
  type FixBulletinOptions,
  type FixBulletinResult,
  fixBulletin,
} from "./fix-bulletin";
export { formatPath } from "./format-path";
export type {
  IssuePath,
  LintIssueCode,
  Locale,
  Severity,
  StructureIssueCode,
  ValidationIssue,
  ValidationIssueCode,
} from "./issues";
export { LINT_RULES, type LintBulletinOptions, lintBulletin } from "./lint-bulletin";
export { formatMessage, type MessageParams } from "./messages";
export type { ValidationMode } from "./model";
export { type PlacedCell, type PlacedRow, placeTableCells } from "./place-table-cells";
export {
  type Block,
  BlockSchema,
  type Bulletin,
  BulletinSchema,
  type Cell,
  CellSchema,
  type DateSpan,
  DateSpanSchema,
  type Department,
  DepartmentSchema,
  type Distribution,
  DistributionSchema,
  type Inline,
  InlineSchema,
  type Issue,
  IssueSchema,
  type Item,
  ItemSchema,
  type Metric,
  MetricSchema,
  type Organization,
  OrganizationSchema,
  type Paragraph,
  ParagraphSchema,
  type Publication,
  PublicationSchema,
  type Section,
  SectionSchema,
  type Table,
  type TableRow,
  TableRowSchema,
  TableSchema,
} from "./schemas";
export { TEXT_RULES, type TextRuleCode, type TextRuleInfo } from "./text-rules";
export {
  type ParseBulletinOptions,
  parseBulletin,
  type SafeParseBulletinResult,
  safeParseBulletin,
  type ValidateBulletinOptions,
  type ValidateBulletinResult,
  validateBulletin,
} from "./validate-bulletin";
export { SCHEMA_VERSION } from "./version";
