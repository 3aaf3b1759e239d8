import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const here = fileURLToPath(new URL("..", import.meta.url));
const built = existsSync(
  fileURLToPath(new URL("../../../packages/render/dist/index.js", import.meta.url)),
);

/** Runs render.mjs as `npm run demo` would from `initCwd` (npm sets INIT_CWD to where it ran). */
const demo = (initCwd?: string): string => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.INIT_CWD;
  if (initCwd !== undefined) env.INIT_CWD = initCwd;
  return execFileSync(process.execPath, ["render.mjs"], { cwd: here, encoding: "utf8", env });
};

test.skipIf(!built)("render.mjs says what it checked and prints paths from where npm ran", () => {
  const root = fileURLToPath(new URL("../../../", import.meta.url));
  expect(demo(root)).toMatch(
    /^validated examples\/sichuan-window-monthly\/issue-9\.json \(schema and lint rules: 0 warnings, 0 notes\), then rendered it:\n {2}wrote examples\/render-node\/out\/issue-9\.html \(\d+ bytes\)\n/,
  );
  expect(demo(here)).toContain("\n  wrote out/issue-9.md (");
});

test.skipIf(!built)("render.mjs writes the reference issue as HTML, Markdown and text", () => {
  const stdout = demo();
  expect(stdout).toMatch(
    /^validated \.\.\/sichuan-window-monthly\/issue-9\.json .*\n {2}wrote out\/issue-9\.html \(\d+ bytes\)\n {2}wrote out\/issue-9\.md \(\d+ bytes\)\n {2}wrote out\/issue-9\.txt \(\d+ bytes\)\n$/,
  );
  const out = (name: string): string =>
    readFileSync(new URL(`../out/${name}`, import.meta.url), "utf8");
  expect(out("issue-9.html").startsWith("<!DOCTYPE html>")).toBe(true);
  expect(out("issue-9.html")).toContain('<h1 class="bulletin-title">政务窗口月报</h1>');
  expect(out("issue-9.md").startsWith("# 政务窗口月报\n\n第9期\n")).toBe(true);
  expect(out("issue-9.txt")).toContain("\n\n（一）9月16日—18日，省林草局窗口派出工作组");
  // No temporary file is left behind.
  expect(readdirSync(new URL("../out/", import.meta.url)).sort()).toEqual([
    "issue-9.html",
    "issue-9.md",
    "issue-9.txt",
  ]);
});
