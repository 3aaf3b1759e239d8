import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const here = fileURLToPath(new URL("..", import.meta.url));
const root = fileURLToPath(new URL("../../../", import.meta.url));
const built = existsSync(new URL("../../../packages/render/dist/index.js", import.meta.url));

test.skipIf(!built)(
  "demo.mjs ends saying what it checked, naming the file from where npm ran",
  () => {
    const env: NodeJS.ProcessEnv = { ...process.env, INIT_CWD: root };
    const stdout = execFileSync(process.execPath, ["demo.mjs"], {
      cwd: here,
      encoding: "utf8",
      env,
    });
    expect(stdout.trimEnd().split("\n").at(-1)).toBe(
      "examples/sichuan-window-monthly/issue-9.json is a valid bulletin: its structure (schema version 1) and the lint rules (references, dates, periods, figures) were checked: 0 errors, 0 warnings, 0 notes.",
    );
    expect(stdout).toMatch(/^政务窗口月报 {2}第9期\n/);
  },
);
