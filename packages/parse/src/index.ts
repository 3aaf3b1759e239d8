export type { Locale } from "@bulletin/format";
export { ParseOptionsError, type ParseOptionsErrorCode } from "./errors";
export { knownDepartments } from "./known-departments";
export {
  type BulletinDraft,
  type MissingFact,
  type ParseBulletinTextOptions,
  type ParseBulletinTextResult,
  parseBulletinText,
} from "./parse-bulletin-text";
export type {
  ParseWarning,
  ParseWarningCode,
  ParseWarningSeverity,
  TextPosition,
} from "./parse-warning";
export { type RepairOptions, repairExtractedText } from "./repair-extracted-text";
