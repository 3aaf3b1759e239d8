import { existsSync } from "node:fs";

/** Where Chromium, Chrome or Edge usually live, by platform. */
const USUAL_PATHS: Record<string, readonly string[]> = {
  linux: [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/snap/bin/chromium",
    "/usr/bin/microsoft-edge",
  ],
  darwin: [
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
  ],
  win32: [
    "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
    "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
    "C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe",
  ],
};

/** The browser to print with, or the places looked at when there is none. */
export type BrowserLookup = { path: string } | { tried: string[] };

/**
 * The Chromium executable: `executablePath` if given (it must exist), else `BULLETIN_CHROMIUM`,
 * else the first of the usual paths for the platform that exists.
 */
export function findBrowser(
  executablePath: string | undefined,
  env: Record<string, string | undefined> = process.env,
  platform: string = process.platform,
  exists: (path: string) => boolean = existsSync,
): BrowserLookup {
  if (executablePath !== undefined) {
    return exists(executablePath) ? { path: executablePath } : { tried: [executablePath] };
  }
  const fromEnv = env.BULLETIN_CHROMIUM;
  if (fromEnv !== undefined && fromEnv !== "") {
    return exists(fromEnv) ? { path: fromEnv } : { tried: [`BULLETIN_CHROMIUM=${fromEnv}`] };
  }
  const usual = USUAL_PATHS[platform] ?? [];
  for (const path of usual) if (exists(path)) return { path };
  return { tried: usual.length > 0 ? [...usual] : [`no usual path on ${platform}`] };
}
