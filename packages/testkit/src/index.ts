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
export { type StaticServer, serveStatic, within } from "./serve-static";
