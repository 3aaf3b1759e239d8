import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  linkSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  watch,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  bin,
  bulletin,
  reference,
  referenceFile,
  SPAWNS,
  seedFile,
  tempDir,
  variant,
} from "./helpers";

const ESC = "\u001b";
const noControl = (text: string): void =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it checks
  expect(text.replace(/[\n\t]/g, "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
const good = JSON.stringify(reference);
const invalidDate = variant((b) => {
  b.issue.publishedOn = "2025-02-30";
});

/** A directory holding `files`, for the commands to run in. */
function dirWith(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  return dir;
}

describe("global options", { timeout: SPAWNS }, () => {
  test("bulletin: --locale goes before or after the command", () => {
    const dir = dirWith({ "good.json": good });
    const before = bulletin(["--locale", "en", "validate", "good.json"], { cwd: dir });
    const after = bulletin(["validate", "good.json", "--locale", "en"], { cwd: dir });
    expect(before).toEqual(after);
    expect(before.code).toBe(0);
    const zh = bulletin(["--locale=zh-CN", "validate", "good.json"], { cwd: dir });
    expect(zh.stdout).toMatch(/^共 1 个文件/);
    expect(bulletin(["--locale", "zh-CN", "help", "render"]).stdout).toMatch(
      /^用法：bulletin render/,
    );
  });

  test("bulletin: an unknown option before the command is named as an option (exit 2)", () => {
    const r = bulletin(["--strict", "validate", "x.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bulletin: unknown option "--strict"/);
  });
});

describe("bytes that are not UTF-8", { timeout: SPAWNS }, () => {
  const bytes = new Uint8Array([
    ...Buffer.from(`${good}\n{"a": "第`),
    0xff,
    0xfe,
    0x22,
    0x7d,
    0x0a,
  ]);
  const offset = Buffer.byteLength(`${good}\n{"a": "第`);

  test.each([["validate"], ["lint"]])(
    "bulletin %s: a file with invalid UTF-8 fails (exit 1), naming the byte offset",
    (command) => {
      const dir = dirWith({ "feed.ndjson": bytes });
      const r = bulletin([command, "feed.ndjson"], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain("invalid-utf8");
      expect(r.stdout).toContain(`byte offset ${offset}`);
      const piped = bulletin([command, "-"], { cwd: dir, input: Buffer.from(bytes) as never });
      expect(piped.code).toBe(1);
      expect(piped.stdout).toContain(`byte offset ${offset}`);
    },
  );

  test("bulletin render: a bulletin with invalid UTF-8 fails (exit 1), naming the byte offset", () => {
    const text = Buffer.from(JSON.stringify(reference, null, 2));
    const at = text.indexOf("政务窗口月报");
    const broken = Buffer.concat([text.subarray(0, at), Buffer.from([0xff]), text.subarray(at)]);
    const dir = dirWith({ "bad.json": broken });
    const r = bulletin(["render", "bad.json", "--to", "txt"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`byte offset ${at}`);
    expect(r.stdout).toBe("");
  });

  test("bulletin parse: refuses text with invalid UTF-8 (exit 1), naming the byte offset", () => {
    const seed = readFileSync(seedFile);
    const at = seed.indexOf("第9期");
    const broken = Buffer.concat([
      seed.subarray(0, at),
      Buffer.from([0xc3, 0x28]),
      seed.subarray(at),
    ]);
    const dir = dirWith({ "seed.txt": broken });
    const r = bulletin(["parse", "seed.txt"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `bulletin: seed.txt is not UTF-8 text: byte 0xC3 at byte offset ${at} (line 3, column 1)`,
    );
    expect(r.stdout).toBe("");
  });

  test("bulletin parse: refuses a megabyte of random bytes and UTF-16 text instead of writing a bulletin", () => {
    let state = 42;
    const random = new Uint8Array(1 << 20).map(() => {
      state = (state * 1103515245 + 12345) >>> 0;
      return state >>> 24;
    });
    const dir = dirWith({
      "random.bin": random,
      "utf16.txt": Buffer.from("\uFEFF政务窗口月报\n第9期\n", "utf16le"),
    });
    for (const file of ["random.bin", "utf16.txt"]) {
      const r = bulletin(["parse", file, "-o", "out.json"], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/is not (UTF-8 )?text/);
      expect(r.stdout).toBe("");
    }
    expect(readdirSync(dir).sort()).toEqual(["random.bin", "utf16.txt"]);
  });
});

describe("control characters", { timeout: SPAWNS }, () => {
  test("bulletin validate: a title with ESC and NUL is a control-character error, shown escaped", () => {
    const bad = variant((b) => {
      b.publication.title = `月报${ESC}]0;owned\u0007${ESC}[2J\u0000`;
    });
    const dir = dirWith({ "bad.json": JSON.stringify(bad) });
    const r = bulletin(["validate", "bad.json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("control-character");
    expect(r.stdout).toContain("\\u001b");
    noControl(r.stdout + r.stderr);
  });

  test("bulletin render --to txt: a title with control characters is refused, nothing raw is printed", () => {
    const bad = variant((b) => {
      b.publication.title = `月报${ESC}[31m红\u0000`;
    });
    const dir = dirWith({ "bad.json": JSON.stringify(bad) });
    const r = bulletin(["render", "bad.json", "--to", "txt"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    noControl(r.stdout + r.stderr);
  });

  test("bulletin: bytes of invalid JSON, file names and option values are echoed escaped", () => {
    const dir = dirWith({ [`a${ESC}[2Jb.json`]: `{"schemaVersion": ${ESC}[31m1}` });
    const runs = [
      bulletin(["validate", `a${ESC}[2Jb.json`], { cwd: dir }),
      bulletin(["render", `a${ESC}[2Jb.json`, "--to", "txt"], { cwd: dir }),
      bulletin(["validate", `missing${ESC}[2J.json`], { cwd: dir }),
      bulletin(["validate", "x.json", "--format", `${ESC}[2J\u0085`], { cwd: dir }),
      bulletin([`${ESC}[2Jcommand`], { cwd: dir }),
      bulletin(["validate", "-"], { cwd: dir, input: `{"a": ${ESC}[2J}\n` }),
    ];
    for (const r of runs) {
      expect(r.code).not.toBe(0);
      expect(r.stdout + r.stderr).toContain("\\u001b");
      noControl(r.stdout + r.stderr);
    }
  });
});

describe("output pipes and positions", { timeout: SPAWNS }, () => {
  test("bulletin validate | head -1: a closed pipe ends the command quietly", () => {
    // Many short records with several errors each: far more output than a pipe holds.
    const dir = dirWith({ "feed.ndjson": '{"schemaVersion":"1"}\n'.repeat(20_000) });
    const r = spawnSync(
      "sh",
      ["-c", `"${process.execPath}" "${bin}" validate feed.ndjson --locale en | head -1`],
      { cwd: dir, encoding: "utf8" },
    );
    expect(r.stdout).toMatch(/^feed\.ndjson:1:1 {2}error/);
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toBe("");
  });

  test("bulletin validate: each of many duplicate ids is placed on its own line", () => {
    const sections = Array.from({ length: 200 }, (_, i) => ({
      id: "dup",
      title: `第${i}节`,
      items: [{ body: [["正文。"]] }],
    }));
    const b = { ...reference, sections };
    const dir = dirWith({ "dups.json": JSON.stringify(b, null, 2) });
    const r = bulletin(["validate", "dups.json"], { cwd: dir });
    expect(r.code).toBe(1);
    const text = readFileSync(join(dir, "dups.json"), "utf8").split("\n");
    const lines = r.stdout.split("\n").filter((l) => l.includes("duplicate-id"));
    expect(lines.length).toBeGreaterThanOrEqual(199);
    for (const line of lines) {
      const [, row, column, index] =
        /^dups\.json:(\d+):(\d+) .*sections\[(\d+)\]\.id/.exec(line) ?? [];
      expect(text[Number(row) - 1]?.slice(Number(column) - 1)).toBe('"dup",');
      expect(Number(index)).toBeGreaterThanOrEqual(0);
    }
  });

  test("bulletin validate -: standard input gets real columns", () => {
    const bad = JSON.stringify(invalidDate);
    const r = bulletin(["validate", "-"], { input: `${good}\n\n${bad}\n` });
    const [, column] = /^<stdin>:3:(\d+) {2}error {2}issue\.publishedOn/.exec(r.stdout) ?? [];
    expect(Number(column)).toBe(bad.indexOf('"2025-02-30"') + 1);
  });

  test("bulletin validate: a file too large to hold says its column is unknown", () => {
    const bad = JSON.stringify(invalidDate);
    const padding = `${" ".repeat(1023)}\n`.repeat(17 * 1024);
    const dir = dirWith({ "large.ndjson": `${padding}${bad}\n` });
    const r = bulletin(["validate", "large.ndjson"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(
        `^large\\.ndjson:${17 * 1024 + 1} {2}error {2}issue\\.publishedOn .*\\(column unknown`,
      ),
    );
    const json = JSON.parse(
      bulletin(["validate", "large.ndjson", "--json"], { cwd: dir }).stdout,
    ) as { files: { results: { issues: { column?: number; columnUnknown?: boolean }[] }[] }[] };
    expect(json.files[0]?.results[0]?.issues[0]).toMatchObject({ columnUnknown: true });
    expect(json.files[0]?.results[0]?.issues[0]?.column).toBeUndefined();
  });
});

describe("-o and the files it replaces", { timeout: SPAWNS }, () => {
  test("bulletin render and parse: -o naming the input file is refused (exit 2), the input kept", () => {
    const dir = dirWith({ "x.json": good, "seed.txt": readFileSync(seedFile) });
    linkSync(join(dir, "x.json"), join(dir, "link.json"));
    const runs = [
      bulletin(["render", "x.json", "--to", "html", "-o", "x.json"], { cwd: dir }),
      bulletin(["render", "x.json", "--to", "html", "-o", "./sub/../x.json"], { cwd: dir }),
      bulletin(["render", "x.json", "--to", "md", "-o", "link.json"], { cwd: dir }),
      bulletin(["parse", "seed.txt", "-o", "seed.txt"], { cwd: dir }),
    ];
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/names the input file/);
    }
    expect(readFileSync(join(dir, "x.json"), "utf8")).toBe(good);
    expect(readFileSync(join(dir, "seed.txt"))).toEqual(readFileSync(seedFile));
    expect(readdirSync(dir).sort()).toEqual(["link.json", "seed.txt", "x.json"]);
  });

  // As root the refusal can only be seen as another user (nobody), who must be able to read the
  // checkout to run the CLI at all; a clone in a private folder (mktemp -d is mode 700) is not
  // readable to nobody, and then this case cannot be run here.
  const asRoot = process.getuid?.() === 0;
  const nobodyCanRun =
    !asRoot ||
    spawnSync(process.execPath, [bin, "--version"], { uid: 65534, gid: 65534, encoding: "utf8" })
      .status === 0;
  test.skipIf(!nobodyCanRun)(
    "bulletin render -o: a file the user may not write is refused (exit 2) and left as it was",
    () => {
      const dir = dirWith({ "issue.html": "previous" });
      chmodSync(dir, 0o777);
      const target = join(dir, "issue.html");
      const root = process.getuid?.() === 0;
      // As root, write as another user (nobody) to a file root owns; otherwise, a read-only file.
      if (root) chmodSync(target, 0o644);
      else chmodSync(target, 0o444);
      const r = spawnSync(
        process.execPath,
        [bin, "render", referenceFile, "--to", "html", "-o", "issue.html", "--locale", "en"],
        { cwd: dir, encoding: "utf8", ...(root ? { uid: 65534, gid: 65534 } : {}) },
      );
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^bulletin: cannot write issue\.html: permission denied/);
      expect(readFileSync(target, "utf8")).toBe("previous");
      expect(statSync(target).uid).toBe(process.getuid?.());
      expect(readdirSync(dir)).toEqual(["issue.html"]);
    },
  );

  test("bulletin render -o: a replaced file keeps its mode", () => {
    const dir = dirWith({ "issue.md": "previous" });
    chmodSync(join(dir, "issue.md"), 0o640);
    if (process.getuid?.() === 0) chownSync(join(dir, "issue.md"), 0, 0);
    const r = bulletin(["render", referenceFile, "--to", "md", "-o", "issue.md"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(statSync(join(dir, "issue.md")).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(dir, "issue.md"), "utf8")).toMatch(/^# 政务窗口月报/);
  });

  test("bulletin render -o: a missing output directory is named", () => {
    const dir = tempDir();
    const r = bulletin(["render", referenceFile, "--to", "md", "-o", "out/site/issue.md"], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "bulletin: cannot write out/site/issue.md: the directory out/site does not exist\n",
    );
  });

  test(
    "bulletin render -o: SIGTERM or SIGINT during the write leaves no temporary file",
    async () => {
      // A large issue, so that the write takes many turns of the event loop.
      const paragraph = "政务服务窗口办理事项。".repeat(9_000);
      const sections = Array.from({ length: 10 }, (_, i) => ({
        title: `第${i + 1}部分`,
        items: Array.from({ length: 10 }, () => ({ body: [[paragraph]] })),
      }));
      const dir = dirWith({ "big.json": JSON.stringify({ ...reference, sections }) });
      /** One render, signalled as soon as its temporary file appears. */
      const interrupted = async (signal: NodeJS.Signals): Promise<string | null> => {
        const child = spawn(
          process.execPath,
          [bin, "render", "big.json", "--to", "txt", "-o", "big.txt"],
          { cwd: dir, stdio: "ignore" },
        );
        let sent = false;
        const watcher = watch(dir, (_, name) => {
          if (!sent && typeof name === "string" && name.endsWith(".tmp")) {
            sent = true;
            child.kill(signal);
          }
        });
        const status = await new Promise<string | null>((done) =>
          child.on("exit", (_code, sig) => done(sig)),
        );
        watcher.close();
        return status;
      };
      for (const signal of ["SIGTERM", "SIGINT"] as const) {
        // The signal may arrive after the rename on a busy machine: then try again.
        let status: string | null = null;
        for (let attempt = 0; attempt < 5 && status !== signal; attempt++) {
          status = await interrupted(signal);
          expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
          rmSync(join(dir, "big.txt"), { force: true });
        }
        expect(status).toBe(signal);
        expect(readdirSync(dir)).toEqual(["big.json"]);
      }
    },
    SPAWNS,
  );
});

describe("parse: facts the text lacks", { timeout: SPAWNS }, () => {
  const body = "一、总体情况\n9月，省本级办理政务服务事项5.88万件。\n";

  test("bulletin parse: the warnings about a missing title, publisher, number and date name the flags", () => {
    const r = bulletin(["parse", "-"], { input: body });
    for (const flag of ["--title", "--publisher", "--number", "--published-on"])
      expect(r.stderr).toContain(`pass ${flag}`);
    expect(r.stderr).not.toContain("options.");
  });

  test("bulletin parse: --title, --publisher, --number and --published-on fill the facts in", () => {
    const r = bulletin(
      [
        "parse",
        "-",
        "--title",
        "政务窗口月报",
        "--publisher",
        "四川省政府政务服务和公共资源交易服务中心",
        "--number",
        "9",
        "--published-on",
        "2025-11-10",
      ],
      { input: body },
    );
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout) as typeof reference;
    expect(parsed.publication.title).toBe("政务窗口月报");
    expect(parsed.publication.publisher.name).toBe("四川省政府政务服务和公共资源交易服务中心");
    expect(parsed.issue.number).toBe(9);
    expect(parsed.issue.publishedOn).toBe("2025-11-10");
    expect(r.stderr).not.toMatch(/missing-(title|publisher|issue-number|publication-date)/);
  });

  test.each([
    ["--number", "nine"],
    ["--number", "0"],
    ["--published-on", "2025-11"],
    ["--title", " "],
  ])("bulletin parse: %s %j is a usage error (exit 2)", (flag, value) => {
    const r = bulletin(["parse", "-", flag, value], { input: body });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(flag);
  });
});
