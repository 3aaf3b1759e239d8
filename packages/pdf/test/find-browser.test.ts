import { describe, expect, test } from "vitest";
import { findBrowser } from "../src/internal/find-browser";

const only =
  (...paths: string[]) =>
  (path: string): boolean =>
    paths.includes(path);

describe("findBrowser: options.executablePath, then BULLETIN_CHROMIUM, then the usual paths", () => {
  test.each([
    [
      "executablePath wins over the environment",
      "/opt/chrome",
      { BULLETIN_CHROMIUM: "/env/chromium" },
      "linux",
      only("/opt/chrome", "/env/chromium", "/usr/bin/chromium"),
      { path: "/opt/chrome" },
    ],
    [
      "a missing executablePath is not replaced by another browser",
      "/opt/none",
      {},
      "linux",
      only("/usr/bin/chromium"),
      { tried: ["/opt/none"] },
    ],
    [
      "BULLETIN_CHROMIUM wins over the usual paths",
      undefined,
      { BULLETIN_CHROMIUM: "/env/chromium" },
      "linux",
      only("/env/chromium", "/usr/bin/chromium"),
      { path: "/env/chromium" },
    ],
    [
      "a missing BULLETIN_CHROMIUM is reported, not skipped",
      undefined,
      { BULLETIN_CHROMIUM: "/env/none" },
      "linux",
      only("/usr/bin/chromium"),
      { tried: ["BULLETIN_CHROMIUM=/env/none"] },
    ],
    [
      "the first usual path that exists on Linux",
      undefined,
      {},
      "linux",
      only("/usr/bin/google-chrome"),
      { path: "/usr/bin/google-chrome" },
    ],
    [
      "Chrome on macOS",
      undefined,
      {},
      "darwin",
      only("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"),
      { path: "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" },
    ],
    [
      "Edge on Windows",
      undefined,
      {},
      "win32",
      only("C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe"),
      { path: "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe" },
    ],
  ] as const)("findBrowser: %s", (_, executablePath, env, platform, exists, expected) => {
    expect(findBrowser(executablePath, env, platform, exists)).toEqual(expected);
  });

  test("findBrowser: lists every usual path it tried when none exists", () => {
    const result = findBrowser(undefined, {}, "linux", () => false);
    expect(result).toEqual({
      tried: expect.arrayContaining(["/usr/bin/chromium", "/usr/bin/google-chrome"]),
    });
  });
});
