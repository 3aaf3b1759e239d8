// slow: every shell command in README.md and docs/*.md, run as written, in a fresh copy of the
// repository (the working tree's files, no node_modules, no dist), starting with the README's
// set-up command. This is what a new user does in their first ten minutes; the bin of the CLI,
// for one, is linked by `npm ci` before the build that makes it.
//
// How the Markdown is read: each document is one shell session (`cd` and variables carry over
// from block to block). In a ```sh block every line is a command, except comments; a trailing
// `# exits N` says the command is meant to exit N (0 otherwise); the `#=>` lines after a command
// are output it must print (`…` lines are skipped). A code block whose info string has
// `title=<file>` (```js title=render.js) is written to that file before the next command runs.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { copyWorkingTree, repoRoot } from "../scripts/workspace.mjs";

/** Commands the test does not run, each with the reason. Everything else runs as written. */
const NOT_RUN: Record<string, string> = {
  "npm ci && npm test":
    "the whole test suite, which includes this test: running it here would run the suite inside itself",
  "npm run build && npm run bench":
    "the benchmarks take minutes on a shared machine and measure rather than check (docs/performance.md); run by hand",
  "npm run bench -- render format":
    "the benchmarks take minutes on a shared machine and measure rather than check (docs/performance.md); run by hand",
};

type Step =
  | {
      kind: "run";
      doc: string;
      line: number;
      command: string;
      exit: number;
      output: string[];
    }
  | { kind: "file"; doc: string; line: number; name: string; content: string };

/** The steps of one Markdown document, in order. */
function stepsOf(doc: string, markdown: string): Step[] {
  const steps: Step[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)(.*)$/.exec(lines[i] as string);
    if (!open) continue;
    const [, lang, info] = open;
    const body: { text: string; line: number }[] = [];
    for (i++; i < lines.length && !(lines[i] as string).startsWith("```"); i++)
      body.push({ text: lines[i] as string, line: i + 1 });
    const title = /\btitle=(\S+)/.exec(info ?? "")?.[1];
    if (title !== undefined) {
      steps.push({
        kind: "file",
        doc,
        line: (body[0]?.line ?? i) - 1,
        name: title,
        content: `${body.map((b) => b.text).join("\n")}\n`,
      });
      continue;
    }
    if (lang !== "sh") continue;
    for (const { text, line } of body) {
      const trimmed = text.trim();
      const last = steps[steps.length - 1];
      if (trimmed.startsWith("#=>") || (trimmed.startsWith("#  ") && last?.kind === "run")) {
        const expected = trimmed.replace(/^#(=>)?\s*/, "");
        if (last?.kind === "run" && expected !== "…" && expected !== "") last.output.push(expected);
        continue;
      }
      if (trimmed === "" || trimmed.startsWith("#")) continue;
      const comment = /\s{2,}#\s*(.*)$/.exec(text);
      const command = (comment ? text.slice(0, comment.index) : text).trim();
      const exit = Number(/\bexits (\d+)/.exec(comment?.[1] ?? "")?.[1] ?? 0);
      steps.push({ kind: "run", doc, line, command, exit, output: [] });
    }
  }
  return steps;
}

const docs = [
  "README.md",
  ...readdirSync(join(repoRoot, "docs"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `docs/${f}`),
];
const steps = docs.flatMap((doc) => stepsOf(doc, readFileSync(join(repoRoot, doc), "utf8")));
const commands = steps.filter((s): s is Extract<Step, { kind: "run" }> => s.kind === "run");

/** What each command did, by its index in `steps`. */
const results = new Map<number, { code: number; output: string }>();
let parent: string;

/** The environment of a new user's shell: no npm or turbo variables from the run of this test. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|TURBO_|INIT_CWD$|VITEST|NODE_OPTIONS$)/i.test(key)) continue;
    env[key] = value;
  }
  env.TURBO_TELEMETRY_DISABLED = "1";
  env.NO_UPDATE_NOTIFIER = "1";
  env.LANG = "en_US.UTF-8";
  return env;
}

const quote = (s: string): string => `'${s.replaceAll("'", "'\\''")}'`;

beforeAll(() => {
  parent = mkdtempSync(join(tmpdir(), "bulletin-docs-"));
  const copy = join(parent, "bulletin");
  copyWorkingTree(copy);
  const logs = join(parent, "logs");
  mkdirSync(logs);
  // One shell session per document, each starting at the root of the copy.
  for (const doc of docs) {
    const script: string[] = [`cd ${quote(copy)}`];
    steps.forEach((step, k) => {
      if (step.doc !== doc) return;
      if (step.kind === "file") {
        script.push(`cat > ${quote(step.name)} <<'__BULLETIN_DOC_FILE__'`);
        script.push(step.content.replace(/\n$/, ""), "__BULLETIN_DOC_FILE__");
      } else if (!(step.command in NOT_RUN)) {
        script.push(`{\n${step.command}\n} > ${quote(join(logs, `${k}.out`))} 2>&1 < /dev/null`);
        script.push(`echo $? > ${quote(join(logs, `${k}.code`))}`);
      }
    });
    const run = spawnSync("bash", ["-c", script.join("\n")], {
      cwd: copy,
      env: cleanEnv(),
      encoding: "utf8",
      timeout: 15 * 60_000,
    });
    if (run.error) throw run.error;
  }
  steps.forEach((_, k) => {
    const codeFile = join(logs, `${k}.code`);
    if (!existsSync(codeFile)) return;
    results.set(k, {
      code: Number(readFileSync(codeFile, "utf8").trim()),
      output: readFileSync(join(logs, `${k}.out`), "utf8"),
    });
  });
}, 30 * 60_000);

afterAll(() => {
  // A whole installed repository and a project: removing them takes a while on a busy machine.
  if (parent) rmSync(parent, { recursive: true, force: true });
}, 5 * 60_000);

describe("slow: the shell commands of the README and docs, as written, from a fresh copy", () => {
  test("slow: the documents hold commands, and only the listed ones are not run", () => {
    expect(commands.length).toBeGreaterThan(10);
    const listed = commands.filter((c) => c.command in NOT_RUN).map((c) => c.command);
    expect(new Set(listed)).toEqual(new Set(Object.keys(NOT_RUN)));
  });

  const runnable = steps
    .map((step, k) => ({ step, k }))
    .filter(
      (s): s is { step: Extract<Step, { kind: "run" }>; k: number } =>
        s.step.kind === "run" && !(s.step.command in NOT_RUN),
    );
  test.each(runnable.map(({ step, k }) => [`${step.doc}:${step.line}`, step.command, step, k]))(
    "slow: %s `%s` exits as documented and prints what the document shows",
    (_, __, step, k) => {
      const result = results.get(k as number);
      const s = step as Extract<Step, { kind: "run" }>;
      expect(result, "the command ran").toBeDefined();
      if (!result) return;
      expect(result.code, result.output.slice(-3000)).toBe(s.exit);
      for (const line of s.output) expect(result.output).toContain(line);
    },
  );
});
