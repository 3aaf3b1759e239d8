/**
 * Chromium's flags for printing: headless, no network of its own, nothing to sync or update.
 * The one list: `@bulletin/testkit`'s launcher imports this file too (by its path, so that
 * tests of packages that do not depend on pdf need no pdf build), so keep it free of imports.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-extensions",
];
