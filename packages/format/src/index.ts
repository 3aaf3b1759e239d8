export {
  BulletinError,
  type BulletinErrorLocation,
  type BulletinErrorOptions,
  type IssuePath,
  isBulletinError,
} from "./bulletin-error";
export type { DateSpan } from "./date-span";
export { dateSpanBounds } from "./date-span-bounds";
export { FormatError, type FormatErrorCode, type FormatErrorOptions } from "./errors";
export {
  type Change,
  type ChangeBasis,
  type FormatChangeOptions,
  formatChange,
} from "./format-change";
export { type CalendarDate, type FormatDateOptions, formatDate } from "./format-date";
export { type FormatDateSpanOptions, formatDateSpan } from "./format-date-span";
export { formatIssueNumber, type IssueNumber } from "./format-issue-number";
export { type FormatPercentOptions, formatPercent } from "./format-percent";
export { type FormatPointChangeOptions, formatPointChange } from "./format-point-change";
export {
  type FormatQuantityOptions,
  formatQuantity,
  type QuantityApproximation,
  type QuantityScale,
} from "./format-quantity";
export { isValidIsoDate } from "./is-valid-iso-date";
export { isLocale, type Locale, localeOf } from "./locale";
export { type ParsedChange, parseChange, safeParseChange } from "./parse-change";
export { type ParsedMoney, parseChineseMoney, safeParseChineseMoney } from "./parse-chinese-money";
export { parseChineseNumber, safeParseChineseNumber } from "./parse-chinese-number";
export { type ParseDateOptions, parseDate, safeParseDate } from "./parse-date";
export { parseDateSpan, safeParseDateSpan } from "./parse-date-span";
export {
  type ParsedIssueNumber,
  parseIssueNumber,
  safeParseIssueNumber,
} from "./parse-issue-number";
export { parsePercent, safeParsePercent } from "./parse-percent";
export {
  type ParsedPointChange,
  parsePointChange,
  safeParsePointChange,
} from "./parse-point-change";
export { type ParsedQuantity, parseQuantity, safeParseQuantity } from "./parse-quantity";
export {
  parseSectionMarker,
  type SectionMarker,
  safeParseSectionMarker,
} from "./parse-section-marker";
export {
  type PlacedCell,
  type PlacedRow,
  placeTableCells,
  type TableCellLike,
} from "./place-table-cells";
export type { SafeParseResult } from "./safe-parse-result";
export { sectionMarker } from "./section-marker";
export { type ToChineseMoneyOptions, toChineseMoney } from "./to-chinese-money";
export { type ToChineseNumberOptions, toChineseNumber } from "./to-chinese-number";
