export { arbitraryBulletin, arbitraryDateSpan, arbitraryHan, hostileString } from "./arbitraries";
export {
  CHROMIUM,
  CHROMIUM_ARGS,
  type ChromiumSession,
  hasChromium,
  launchChromium,
} from "./chromium";
export {
  expressibleInText,
  issue9Names,
  withoutEditorialIds,
  withoutMetricLabels,
} from "./text-normalisation";
