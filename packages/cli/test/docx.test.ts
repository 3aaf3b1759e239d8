import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readDocx } from "@bulletin/docx";
import { describe, expect, test } from "vitest";
import { bin, bulletin, referenceFile, tempDir } from "./helpers";

const hasScript = /util-linux/.test(
  spawnSync("script", ["--version"], { encoding: "utf8" }).stdout ?? "",
);

describe("bulletin render --to docx and bulletin parse of a DOCX", () => {
  test("bulletin render --to docx -o: writes a Word document that bulletin parse reads back", async () => {
    const dir = tempDir();
    const r = bulletin(["render", referenceFile, "--to", "docx", "-o", "issue.docx"], { cwd: dir });
    expect(r.stderr).toBe("wrote issue.docx\n");
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual(["issue.docx"]);
    const { text } = await readDocx(readFileSync(join(dir, "issue.docx")));
    expect(text.startsWith("政务窗口月报\n\n第9期\n\n")).toBe(true);

    const fromDocx = bulletin(["parse", "issue.docx"], { cwd: dir });
    expect(fromDocx.code).toBe(0);
    const txt = bulletin(["render", referenceFile, "--to", "txt"]);
    const fromText = bulletin(["parse", "-"], { input: txt.stdout });
    expect(JSON.parse(fromDocx.stdout)).toEqual(JSON.parse(fromText.stdout));
  });

  test("bulletin parse: recognises a DOCX by its content, whatever its name", () => {
    const dir = tempDir();
    bulletin(["render", referenceFile, "--to", "docx", "-o", "issue.docx"], { cwd: dir });
    copyFileSync(join(dir, "issue.docx"), join(dir, "issue.txt"));
    const r = bulletin(["parse", "issue.txt"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).publication.title).toBe("政务窗口月报");
  });

  test("bulletin render --to docx: writes the bytes to standard output when it is a pipe", async () => {
    const r = spawnSync(process.execPath, [bin, "render", referenceFile, "--to", "docx"], {
      env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8" },
    });
    expect(r.status).toBe(0);
    expect([...r.stdout.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect((await readDocx(r.stdout)).text).toContain("一、2025年9月总体运行情况");
  });

  test("bulletin parse: a damaged DOCX exits 1 with the reader's error code, and -o writes nothing", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "broken.docx"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    const r = bulletin(["parse", "broken.docx", "-o", "out.json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^broken\.docx {2}error {2}corrupt {2}readDocx: the zip package is truncated/,
    );
    expect(existsSync(join(dir, "out.json"))).toBe(false);
  });

  test.skipIf(!hasScript)(
    "bulletin render --to docx: refuses to write binary to a terminal without -o (exit 2)",
    () => {
      const command = [process.execPath, bin, "render", referenceFile, "--to", "docx"]
        .map((a) => `'${a}'`)
        .join(" ");
      const r = spawnSync("script", ["-qec", command, "/dev/null"], {
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8", TERM: "dumb", NO_COLOR: "1" },
      });
      expect(r.status).toBe(2);
      expect(r.stdout).toContain("docx is binary and standard output is a terminal");
      expect(r.stdout).not.toContain("PK");
    },
  );
});
