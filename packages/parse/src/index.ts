export { ParseOptionsError, type ParseOptionsErrorCode } from "./errors";
export type { Locale } from "./internal/messages";
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
export { repairExtractedText } from "./repair-extracted-text";
