export { arbitraryBulletin, arbitraryDateSpan, arbitraryHan, hostileString } from "./arbitraries";
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
export { issue9Names, withoutEditorialIds } from "./text-normalisation";
