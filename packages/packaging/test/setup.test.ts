// The set-up a new user meets: tests that need a browser, and turbo's cache of their results.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { skipWithout } from "@bulletin/testkit";
import { expect, test } from "vitest";
import { repoRoot } from "../scripts/workspace.mjs";

/** This process's environment without the variables of the turbo run it may be part of. */
const outsideTurbo = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("TURBO_")));

test("tests that need a tool skip without it, except under CI=true, where they run and fail", () => {
  expect(skipWithout(false, {})).toBe(true);
  expect(skipWithout(false, { CI: "false" })).toBe(true);
  expect(skipWithout(false, { CI: "true" })).toBe(false);
  expect(skipWithout(false, { CI: "1" })).toBe(false);
  expect(skipWithout(true, {})).toBe(false);
});

test("npm test passes the browser's path to turbo, and the test tasks' cache key holds it and CI", () => {
  const manifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  expect(manifest.scripts.test).toContain('BULLETIN_CHROMIUM="$(command -v chromium || true)"');
  const turbo = join(repoRoot, "node_modules/.bin/turbo");
  const hashes = ["/usr/bin/chromium", ""].map((chromium) => {
    const dry = spawnSync(
      turbo,
      [
        "run",
        "test",
        "--filter=@bulletin/render",
        "--filter=@bulletin/example-browser",
        "--dry=json",
      ],
      {
        cwd: repoRoot,
        encoding: "utf8",
        env: { ...outsideTurbo(), BULLETIN_CHROMIUM: chromium, TURBO_TELEMETRY_DISABLED: "1" },
      },
    );
    const plan = JSON.parse(dry.stdout) as {
      tasks: {
        taskId: string;
        task: string;
        hash: string;
        environmentVariables: { specified: { env: string[] } };
      }[];
    };
    const tests = plan.tasks.filter((t) => t.task === "test");
    expect(tests.map((t) => t.taskId).sort()).toEqual([
      "@bulletin/example-browser#test",
      "@bulletin/render#test",
    ]);
    for (const t of tests)
      expect(t.environmentVariables.specified.env).toEqual(["BULLETIN_CHROMIUM", "CI"]);
    return tests.map((t) => t.hash);
  });
  // A run without a browser is never replayed for a run with one.
  expect(hashes[0]?.some((h) => hashes[1]?.includes(h))).toBe(false);
});
