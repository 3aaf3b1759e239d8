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
  launchChromium,
} from "./chromium";
