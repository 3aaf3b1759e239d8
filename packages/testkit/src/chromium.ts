import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../../pdf/src/internal/chromium-args";

/**
 * The Chromium the tests use: `BULLETIN_CHROMIUM` (the root `npm test` sets it to
 * `command -v chromium`, and turbo hashes it, so a run with a browser never replays a cached
 * run without one), else Debian's `/usr/bin/chromium`, which `.ci/run` installs.
 */
export const CHROMIUM: string = process.env.BULLETIN_CHROMIUM || "/usr/bin/chromium";

/** Whether {@link CHROMIUM} is installed. */
export const hasChromium: boolean = existsSync(CHROMIUM);

/** Whether `env` is a CI run's (`CI` set, and not `false` or `0`). */
export function isCI(env: NodeJS.ProcessEnv = process.env): boolean {
  return !!env.CI && !/^(false|0)$/i.test(env.CI);
}

/**
 * Whether a test that needs a tool should be skipped: only when the tool is absent and this is
 * not CI. Under `CI=true` the test runs and fails, naming what is missing, instead of passing
 * as skipped.
 */
export function skipWithout(present: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  return !present && !isCI(env);
}

/** {@link skipWithout} for Chromium. */
export const skipWithoutChromium: boolean = skipWithout(hasChromium);

/**
 * Flags for a headless Chromium on a machine with no network but loopback: the list
 * `@bulletin/pdf` prints with, imported from its source by path (testkit has no build and
 * declares no dependency, and tests of packages below pdf must not need pdf built).
 */
export { CHROMIUM_ARGS };

/** A browser context with a fresh profile, and how to close it and remove the profile. */
export interface ChromiumSession {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium with a fresh, temporary profile (playwright-core refuses
 * `--user-data-dir` in `args`, so the profile is a persistent context's directory).
 */
export async function launchChromium(
  options: Parameters<typeof chromium.launchPersistentContext>[1] = {},
): Promise<ChromiumSession> {
  if (!hasChromium)
    throw new Error(
      `Chromium is needed and ${CHROMIUM} does not exist: install it (apt-get install chromium) or set BULLETIN_CHROMIUM to its path`,
    );
  const profile = mkdtempSync(join(tmpdir(), "bulletin-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    // Against a hang: CI runs every package's tests at once on two shared cores.
    timeout: 90_000,
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
