export { arbitraryBulletin, arbitraryDateSpan, arbitraryHan, hostileString } from "./arbitraries";
export {
  CHROMIUM,
  CHROMIUM_ARGS,
  type ChromiumSession,
  hasChromium,
  launchChromium,
} from "./chromium";
export { type StaticServer, serveStatic, within } from "./serve-static";
export {
  expressibleInText,
  issue9Names,
  withoutEditorialIds,
  withoutMetricLabels,
} from "./text-normalisation";
