export {
  type ArbitraryBulletinOptions,
  arbitraryBulletin,
  arbitraryDateSpan,
  arbitraryHan,
  hostileString,
} from "./arbitraries";
export { type ArbitraryTableOptions, arbitraryTable } from "./arbitrary-table";
export {
  CHROMIUM,
  CHROMIUM_ARGS,
  type ChromiumSession,
  hasChromium,
  isCI,
  launchChromium,
  skipWithout,
  skipWithoutChromium,
} from "./chromium";
export { completed } from "./completed";
export { expressible, optionsFor, withoutGuessedPeriod, withoutLabels } from "./expressible";
export { readIssue9 } from "./issue9";
export {
  convertAllWithLibreOffice,
  convertWithLibreOffice,
  hasOffice,
  type PdfLine,
  type PdfPage,
  PT_PER_MM,
  pdfInfo,
  pdfLines,
  savePagePng,
} from "./office";
export { seededRandom } from "./random";
export { type StaticServer, serveStatic, within } from "./serve-static";
export { SPANNING_TABLE, SPANNING_TABLE_ROWS, withSpanningTable } from "./spanning-table";
export {
  ISSUE9_TAIL_LINES,
  linesToEndOn,
  ONE_LINE_PARAGRAPH,
  TAIL_LINE_START,
  withBodyLines,
  withoutTail,
} from "./tail-placement";
export { issue9Names, withoutEditorialIds } from "./text-normalisation";
