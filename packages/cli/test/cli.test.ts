import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { beforeAll, describe, expect, test } from "vitest";
import { bulletin, reference, referenceFile, SPAWNS, seedFile, tempDir, variant } from "./helpers";

const version = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  }
).version;
const noStack = (text: string): void => expect(text).not.toMatch(/\n\s+at /);

let dir: string;
const good = JSON.stringify(reference);
const invalidDate = variant((b) => {
  b.issue.publishedOn = "2025-02-30";
});
const withWarning = variant((b) => {
  b.issue.publishedOn = "2025-09-20";
});

beforeAll(() => {
  dir = tempDir();
  writeFileSync(join(dir, "good.json"), `${JSON.stringify(reference, null, 2)}\n`);
  writeFileSync(join(dir, "bad.json"), `${JSON.stringify(invalidDate, null, 2)}\n`);
  writeFileSync(join(dir, "warning.json"), `${JSON.stringify(withWarning, null, 2)}\n`);
  writeFileSync(join(dir, "empty.json"), "\n");
  mkdirSync(join(dir, "feeds"));
  writeFileSync(
    join(dir, "feeds", "mixed.ndjson"),
    `${good}\n{"schemaVersion": "1",, }\n\n${JSON.stringify(invalidDate)}\n`,
  );
  writeFileSync(join(dir, "feeds", "all-good.jsonl"), `${good}\n${good}\n`);
  writeFileSync(join(dir, "feeds", "notes.txt"), "not a feed");
  mkdirSync(join(dir, "feeds", "nested"));
  writeFileSync(join(dir, "feeds", "nested", "array.json"), `[${good},\n${good}]`);
  mkdirSync(join(dir, "empty"));
});

describe("bulletin: global options", { timeout: SPAWNS }, () => {
  test("bulletin --version: prints the package version and exits 0", () => {
    for (const flag of ["--version", "-v"])
      expect(bulletin([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  test("bulletin --help: prints the commands and exits 0; no arguments prints it on stderr and exits 2", () => {
    const help = bulletin(["--help"]);
    expect(help.code).toBe(0);
    for (const command of ["validate", "lint", "render", "parse", "schema"])
      expect(help.stdout).toContain(command);
    const none = bulletin([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Usage: bulletin <command>");
  });

  test.each(["validate", "lint", "render", "parse", "schema"])(
    "bulletin %s --help: prints its usage and exits 0",
    (command) => {
      const r = bulletin([command, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: bulletin ${command}`);
      expect(bulletin(["help", command]).stdout).toBe(r.stdout);
    },
  );

  test("bulletin: an unknown command or option is a usage error (exit 2) without a stack", () => {
    const unknown = bulletin(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'bulletin: unknown command "frobnicate"\nRun "bulletin --help" for usage.\n',
    );
    const option = bulletin(["validate", "--frob", "x.json"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("Unknown option '--frob'");
    expect(option.stderr).toContain('Run "bulletin validate --help" for usage.');
    const value = bulletin(["validate", "--format", "csv", "x.json"]);
    expect(value.code).toBe(2);
    expect(value.stderr).toContain('--format must be auto | ndjson | json-array | feed, got "csv"');
    expect(bulletin(["validate", "--locale", "fr", "x.json"]).code).toBe(2);
    noStack(unknown.stderr + option.stderr + value.stderr);
  });

  test("bulletin: speaks zh-CN when LANG or LC_ALL says zh, English otherwise, and --locale wins", () => {
    expect(bulletin(["frobnicate"], { env: { LANG: "zh_CN.UTF-8" } }).stderr).toContain("未知命令");
    expect(
      bulletin(["frobnicate"], { env: { LANG: "en_US.UTF-8", LC_ALL: "zh_CN.UTF-8" } }).stderr,
    ).toContain("未知命令");
    expect(
      bulletin(["frobnicate", "--locale", "en"], { env: { LANG: "zh_CN.UTF-8" } }).stderr,
    ).toContain("unknown command");
    const zh = bulletin(["validate", "bad.json", "--locale", "zh-CN"], { cwd: dir });
    expect(zh.stdout).toContain("不是有效日期");
    expect(zh.stdout).toContain("共 1 个文件、1 条记录：0 条有效，1 条无效");
  });
});

describe("bulletin validate", { timeout: SPAWNS }, () => {
  test("bulletin validate: exits 0 for the reference issue", () => {
    const r = bulletin(["validate", referenceFile]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toBe("1 file, 1 record: 1 valid, 0 invalid (0 errors, 0 warnings)\n");
  });

  test("bulletin validate: names file, line, JSON path, code and message of each error, and exits 1", () => {
    const r = bulletin(["validate", "bad.json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^bad\.json:13:20 {2}error {2}issue\.publishedOn {2}invalid-date {2}`issue\.publishedOn` is not a date/m,
    );
    noStack(r.stdout + r.stderr);
  });

  test("bulletin validate: exits 2 for a missing file, after validating the others", () => {
    const r = bulletin(["validate", "missing.json", "good.json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("bulletin: cannot read missing.json: no such file\n");
    expect(r.stdout).toContain("1 valid, 0 invalid");
  });

  test("bulletin validate: searches a directory for .json, .ndjson and .jsonl files of every layout", () => {
    const r = bulletin(["validate", "feeds"], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines.slice(0, -1).map((l) => l.split("  ").slice(0, 4).join(" | "))).toEqual([
      "feeds/mixed.ndjson:2:23 | error | (root) | invalid-json",
      "feeds/mixed.ndjson:4:173 | error | issue.publishedOn | invalid-date",
    ]);
    expect(lines.at(-1)).toBe("3 files, 7 records: 5 valid, 2 invalid (2 errors, 0 warnings)");
  });

  test("bulletin validate: an empty directory is an unreadable input (exit 2)", () => {
    const r = bulletin(["validate", "empty"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no .json, .ndjson or .jsonl files in empty");
  });

  test("bulletin validate -: reads NDJSON from standard input with its line numbers", () => {
    const r = bulletin(["validate", "-"], { input: `${good}\n\n${JSON.stringify(invalidDate)}\n` });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<stdin>:3:\d+ {2}error {2}issue\.publishedOn {2}invalid-date/);
    expect(bulletin(["validate", "-", "-"]).code).toBe(2);
  });

  test("bulletin validate: --format json-array and feed read those layouts from standard input", () => {
    const feed = JSON.stringify({ version: "1", title: "月报", items: [reference, invalidDate] });
    const r = bulletin(["validate", "--format", "feed", "-"], { input: feed });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("1 file, 2 records: 1 valid, 1 invalid");
    expect(bulletin(["validate", "--format", "json-array", "-"], { input: `[${good}]` }).code).toBe(
      0,
    );
  });

  test("bulletin validate: a file with no bulletin is a warning (no-records), which --strict fails", () => {
    const r = bulletin(["validate", "empty.json", "--locale", "en"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "empty.json  warning  no-records  empty.json holds no bulletin (it is empty)",
    );
    expect(r.stdout).toContain("1 file, 0 records: 0 valid, 0 invalid (0 errors, 1 warning");
    expect(bulletin(["validate", "--strict", "empty.json"], { cwd: dir }).code).toBe(1);
    const json = JSON.parse(bulletin(["validate", "--json", "empty.json"], { cwd: dir }).stdout);
    expect(json.files[0].warning.code).toBe("no-records");
  });

  test("bulletin validate: warnings pass, and fail with --strict", () => {
    const r = bulletin(["validate", "warning.json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("warning  issue.publishedOn  published-before-period-end");
    expect(bulletin(["validate", "--strict", "warning.json"], { cwd: dir }).code).toBe(1);
  });

  test("bulletin validate --json: prints results that match the documented shape", () => {
    const r = bulletin(["validate", "--json", "good.json", "bad.json", "feeds", "missing.json"], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    const output = JSON.parse(r.stdout) as unknown;
    const issue = {
      type: "object",
      required: ["code", "severity", "path", "pathText", "message"],
      additionalProperties: false,
      properties: {
        code: { type: "string" },
        severity: { enum: ["error", "warning", "info"] },
        path: { type: "array", items: { type: ["string", "integer"] } },
        pathText: { type: "string" },
        message: { type: "string" },
        line: { type: "integer", minimum: 1 },
        column: { type: "integer", minimum: 1 },
      },
    };
    const counts = ["records", "valid", "invalid", "errors", "warnings", "infos"];
    const shape = {
      type: "object",
      required: ["ok", "summary", "files"],
      additionalProperties: false,
      properties: {
        ok: { type: "boolean" },
        summary: {
          type: "object",
          required: ["files", "unreadable", ...counts],
          properties: Object.fromEntries(
            ["files", "unreadable", ...counts].map((k) => [k, { type: "integer" }]),
          ),
        },
        files: {
          type: "array",
          items: {
            type: "object",
            required: ["file", "ok", "results"],
            additionalProperties: false,
            properties: {
              file: { type: "string" },
              ok: { type: "boolean" },
              error: { type: "object", required: ["code", "message"] },
              warning: { type: "object", required: ["code", "message"] },
              summary: { type: "object", required: [...counts, "feedIssues", "byCode"] },
              results: {
                type: "array",
                items: {
                  type: "object",
                  required: ["index", "ok", "issues"],
                  additionalProperties: false,
                  properties: {
                    index: { type: "integer", minimum: -1 },
                    line: { type: "integer" },
                    column: { type: "integer" },
                    ok: { type: "boolean" },
                    issues: { type: "array", items: issue },
                  },
                },
              },
            },
          },
        },
      },
    };
    const validate = new Ajv({ strict: false, allowUnionTypes: true }).compile(shape);
    const valid = validate(output);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(output).toMatchObject({
      ok: false,
      summary: { files: 6, records: 9, valid: 6, invalid: 3, unreadable: 1 },
      files: [
        { file: "good.json", ok: true, results: [] },
        {
          file: "bad.json",
          ok: false,
          results: [{ index: 0, issues: [{ code: "invalid-date", line: 13, column: 20 }] }],
        },
        { file: "feeds/all-good.jsonl", ok: true },
        { file: "feeds/mixed.ndjson", ok: false },
        { file: "feeds/nested/array.json", ok: true },
        { file: "missing.json", ok: false, error: { code: "unreadable" } },
      ],
    });
  });

  test("bulletin validate: colours only when asked (FORCE_COLOR), never when NO_COLOR or piped", () => {
    expect(bulletin(["validate", "bad.json"], { cwd: dir }).stdout).not.toContain("\u001b[");
    expect(
      bulletin(["validate", "bad.json"], { cwd: dir, env: { FORCE_COLOR: "1" } }).stdout,
    ).toContain("\u001b[31m");
    expect(
      bulletin(["validate", "bad.json"], { cwd: dir, env: { NO_COLOR: "1" } }).stdout,
    ).not.toContain("\u001b[");
  });
});

describe("bulletin lint", { timeout: SPAWNS }, () => {
  test("bulletin lint: reports warnings and notes, and fails on warnings", () => {
    const r = bulletin(["lint", "warning.json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("published-before-period-end");
    expect(bulletin(["lint", referenceFile]).code).toBe(0);
  });
});

describe("bulletin render", { timeout: SPAWNS }, () => {
  test("bulletin render: writes Markdown, text and a whole HTML page to standard output", () => {
    const md = bulletin(["render", referenceFile, "--to", "md"]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("政务窗口月报");
    const txt = bulletin(["render", referenceFile, "--to", "txt"]);
    expect(txt.code).toBe(0);
    expect(txt.stdout).toContain("政务窗口月报");
    const html = bulletin(["render", "-", "--to", "html", "--theme", "plain"], { input: good });
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>/i);
  });

  test("bulletin render -o: writes the file atomically and leaves no temporary file", () => {
    const out = tempDir();
    const r = bulletin(["render", referenceFile, "--to", "html", "-o", "issue.html"], { cwd: out });
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(["issue.html"]);
    expect(readFileSync(join(out, "issue.html"), "utf8")).toMatch(/^<!doctype html>/i);
  });

  test("bulletin render -o: an invalid bulletin exits 1 and leaves an existing output file untouched", () => {
    const out = tempDir();
    writeFileSync(join(out, "bad.json"), JSON.stringify(invalidDate));
    writeFileSync(join(out, "issue.html"), "previous");
    const r = bulletin(["render", "bad.json", "--to", "html", "-o", "issue.html"], { cwd: out });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("invalid-date");
    expect(readFileSync(join(out, "issue.html"), "utf8")).toBe("previous");
    expect(readdirSync(out).sort()).toEqual(["bad.json", "issue.html"]);
  });

  test("bulletin render -o: a write that fails exits 2 and leaves nothing behind", () => {
    const out = tempDir();
    mkdirSync(join(out, "taken"));
    const onDirectory = bulletin(["render", referenceFile, "--to", "md", "-o", "taken"], {
      cwd: out,
    });
    expect(onDirectory.code).toBe(2);
    expect(onDirectory.stderr).toMatch(/^bulletin: cannot write taken: /);
    expect(readdirSync(out)).toEqual(["taken"]);
    expect(readdirSync(join(out, "taken"))).toEqual([]);
    const noDir = bulletin(["render", referenceFile, "--to", "md", "-o", "missing/issue.md"], {
      cwd: out,
    });
    expect(noDir.code).toBe(2);
    expect(readdirSync(out)).toEqual(["taken"]);
    noStack(onDirectory.stderr + noDir.stderr);
  });

  test("bulletin render: a missing --to, a bad theme or a missing file are usage errors (exit 2)", () => {
    expect(bulletin(["render", referenceFile]).stderr).toContain(
      "--to <html|md|txt|docx|pdf> is required",
    );
    expect(bulletin(["render", referenceFile, "--to", "rtf"]).code).toBe(2);
    expect(bulletin(["render", referenceFile, "--to", "html", "--theme", "dark"]).code).toBe(2);
    const missing = bulletin(["render", "nope.json", "--to", "md"]);
    expect(missing).toMatchObject({
      code: 2,
      stderr: "bulletin: cannot read nope.json: no such file\n",
    });
  });

  test("bulletin render: JSON that does not parse exits 1 naming line and column", () => {
    const r = bulletin(["render", "-", "--to", "md"], { input: '{\n  "schemaVersion": }' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^<stdin>:2:20 {2}error {2}invalid-json/);
  });
});

describe("bulletin parse", { timeout: SPAWNS }, () => {
  test("bulletin parse: turns the reference text into a valid bulletin", () => {
    const r = bulletin(["parse", seedFile, "--year", "2025"]);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout) as { issue: { number: number } };
    expect(parsed.issue.number).toBe(9);
    expect(bulletin(["validate", "-"], { input: r.stdout }).code).toBe(0);
  });

  test("bulletin parse -: reads standard input and writes -o atomically", () => {
    const out = tempDir();
    const r = bulletin(["parse", "-", "-o", "issue.json"], {
      cwd: out,
      input: readFileSync(seedFile, "utf8"),
    });
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(["issue.json"]);
    expect(r.stdout).toBe("");
  });

  test("bulletin parse: a text without masthead exits 1, names what is missing and writes no file", () => {
    const out = tempDir();
    const r = bulletin(["parse", "-", "-o", "issue.json", "--locale", "en"], {
      cwd: out,
      input: "一、工作动态\n（一）9月8日，省中心召开窗口工作会议。\n",
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "the text does not give publication.title, publication.publisher, issue.number, issue.publishedOn",
    );
    expect(readdirSync(out)).toEqual([]);
    const draft = JSON.parse(r.stdout) as { issue: Record<string, unknown> };
    expect(draft.issue.publishedOn).toBeUndefined();
    expect(draft.issue.number).toBeUndefined();
  });

  test("bulletin parse: a bad --year is a usage error (exit 2)", () => {
    expect(bulletin(["parse", seedFile, "--year", "twenty"]).code).toBe(2);
  });
});

describe("bulletin schema", { timeout: SPAWNS }, () => {
  test("bulletin schema: prints the JSON Schema, or writes it with -o", () => {
    const r = bulletin(["schema"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
    });
    const out = tempDir();
    expect(bulletin(["schema", "-o", "bulletin.schema.json"], { cwd: out }).code).toBe(0);
    expect(readFileSync(join(out, "bulletin.schema.json"), "utf8")).toBe(r.stdout);
    expect(bulletin(["schema", "extra"]).code).toBe(2);
  });
});
