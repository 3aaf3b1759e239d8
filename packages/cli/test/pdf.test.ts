/**
 * `bulletin render --to pdf` and `bulletin parse file.pdf`, through the built binary. Printing
 * needs Chromium: skipped without it on a developer's machine, failed under CI.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { skipWithoutChromium } from "@bulletin/testkit";
import { describe, expect, test } from "vitest";
import { bin, bulletin, reference, referenceFile, tempDir, variant } from "./helpers";

const hasScript = /util-linux/.test(
  spawnSync("script", ["--version"], { encoding: "utf8" }).stdout ?? "",
);

describe.skipIf(skipWithoutChromium)("bulletin render --to pdf", () => {
  test("bulletin render --to pdf -o: writes a PDF atomically and says so", () => {
    const out = tempDir();
    const r = bulletin(["render", referenceFile, "--to", "pdf", "-o", "issue.pdf"], { cwd: out });
    expect(r.stderr).toBe("wrote issue.pdf\n");
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, "issue.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    expect(readdirSync(out)).toEqual(["issue.pdf"]);
  }, 120_000);

  test("bulletin render --to pdf: prints several inputs into the -o directory, one PDF each", () => {
    const out = tempDir();
    writeFileSync(join(out, "a.json"), JSON.stringify(reference));
    writeFileSync(join(out, "b.json"), JSON.stringify(variant((b) => (b.issue.number = 10))));
    const r = bulletin(["render", "a.json", "b.json", "--to", "pdf", "-o", "."], { cwd: out });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("wrote a.pdf\nwrote b.pdf\n");
    for (const f of ["a.pdf", "b.pdf"])
      expect(readFileSync(join(out, f)).subarray(0, 5).toString()).toBe("%PDF-");
  }, 120_000);

  test("bulletin render --to pdf: writes the PDF to standard output when that is not a terminal", () => {
    const r = spawnSync(process.execPath, [bin, "render", referenceFile, "--to", "pdf"], {
      env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8" },
    });
    expect(r.status).toBe(0);
    expect(r.stdout.subarray(0, 5).toString()).toBe("%PDF-");
    expect(r.stdout.subarray(-6).toString()).toBe("%%EOF\n");
  }, 120_000);

  test("bulletin parse file.pdf: reads a printed PDF back (told by content, whatever its name)", () => {
    const out = tempDir();
    bulletin(["render", referenceFile, "--to", "pdf", "-o", "issue.bin"], { cwd: out });
    const r = bulletin(["parse", "issue.bin"], { cwd: out });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "issue.bin  info  page-number-dropped  page numbers dropped on pages 1–6",
    );
    const parsed = JSON.parse(r.stdout);
    expect(parsed.issue).toEqual(reference.issue);
    expect(parsed.sections.map((s: { title: string }) => s.title)).toEqual(
      reference.sections.map((s) => s.title),
    );
  }, 120_000);
});

describe("bulletin render --to pdf: refusals", () => {
  test("bulletin render --to pdf: without a browser exits 2, naming the path and how to install one", () => {
    const out = tempDir();
    const r = bulletin(["render", referenceFile, "--to", "pdf", "-o", "issue.pdf"], {
      cwd: out,
      env: { BULLETIN_CHROMIUM: "/no/such/chromium" },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("/no/such/chromium");
    expect(r.stderr).toContain("apt-get install chromium");
    expect(existsSync(join(out, "issue.pdf"))).toBe(false);
  });

  test("bulletin render --to pdf: several inputs need -o <directory> (exit 2)", () => {
    const out = tempDir();
    expect(
      bulletin(["render", referenceFile, referenceFile, "--to", "pdf"], { cwd: out }).stderr,
    ).toContain("2 inputs need -o <directory>");
    writeFileSync(join(out, "file.pdf"), "");
    const r = bulletin(["render", referenceFile, referenceFile, "--to", "pdf", "-o", "file.pdf"], {
      cwd: out,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("-o file.pdf is not a directory");
  });

  test.skipIf(!hasScript)(
    "bulletin render --to pdf: refuses to write a PDF to a terminal without -o (exit 2)",
    () => {
      const command = [process.execPath, bin, "render", referenceFile, "--to", "pdf"]
        .map((a) => `'${a}'`)
        .join(" ");
      const r = spawnSync("script", ["-qec", command, "/dev/null"], {
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8", TERM: "xterm" },
      });
      expect(r.status).toBe(2);
      expect(r.stdout).toContain("refusing to write a PDF (binary) to a terminal");
      expect(r.stdout).not.toContain("%PDF-");
    },
  );

  test("bulletin parse: a PDF without text exits 2 and says it needs OCR", () => {
    const out = tempDir();
    const blank =
      "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n" +
      "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\ntrailer <</Root 1 0 R /Size 4>>\n%%EOF\n";
    writeFileSync(join(out, "scan.pdf"), blank);
    const r = bulletin(["parse", "scan.pdf"], { cwd: out });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("cannot read scan.pdf");
    expect(r.stderr).toContain("needs OCR");
    expect(r.stdout).toBe("");
  });
});
