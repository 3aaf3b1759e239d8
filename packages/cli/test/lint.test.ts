import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Bulletin, Inline } from "@bulletin/sdk";
import Ajv2020 from "ajv/dist/2020.js";
import type { Log } from "sarif";
import { describe, expect, test } from "vitest";
import { bulletin, reference, referenceFile, tempDir } from "./helpers";

/** The reference issue typed carelessly: a half-width comma, a 9月16日~18日, 。。 and an open 《. */
function careless(): Bulletin {
  const b = structuredClone(reference);
  const paragraph = b.sections[0]?.items[0]?.body[0] as Inline[];
  const k = paragraph.findIndex((x) => typeof x === "string");
  paragraph[k] = `${(paragraph[k] as string).replace("，", ",")}9月16日~18日。。`;
  (b.sections[0] as { title: string }).title = "一.工作动态";
  return b;
}

function write(dir: string, name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof value === "string" ? value : `${JSON.stringify(value, null, 2)}\n`);
  return file;
}

describe("bulletin lint (text rules)", () => {
  test("bulletin lint: reports text rules with the offset of the text and its fix", () => {
    const dir = tempDir();
    write(dir, "careless.json", careless());
    const r = bulletin(["lint", "careless.json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("range-dash");
    expect(r.stdout).toContain("write “—”");
    const json = JSON.parse(bulletin(["lint", "careless.json", "--json"], { cwd: dir }).stdout);
    const issue = json.files[0].results[0].issues.find(
      (i: { code: string }) => i.code === "range-dash",
    );
    expect(issue).toMatchObject({ severity: "warning", length: 1, fix: "—" });
    expect(typeof issue.offset).toBe("number");
    expect(typeof issue.line).toBe("number");
  });

  test("bulletin validate: text rules are lint's, not validity", () => {
    const dir = tempDir();
    write(dir, "careless.json", careless());
    expect(bulletin(["validate", "careless.json", "--strict"], { cwd: dir }).code).toBe(0);
  });

  test("bulletin lint --fix: mends the file in place, atomically, and lists each change", () => {
    const dir = tempDir();
    write(dir, "careless.json", careless());
    const r = bulletin(["lint", "--fix", "careless.json"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('"~" → "—"');
    expect(r.stdout).toContain("4 fixes applied");
    expect(readdirSync(dir)).toEqual(["careless.json"]);
    const fixed = JSON.parse(readFileSync(join(dir, "careless.json"), "utf8")) as Bulletin;
    expect(fixed.sections[0]?.title).toBe("一、工作动态");
    const again = bulletin(["lint", "--fix", "careless.json"], { cwd: dir });
    expect(again.stdout).toContain("0 fixes applied");
  });

  test("bulletin lint --fix -o: writes the fixed bulletin elsewhere and leaves the input as it was", () => {
    const dir = tempDir();
    const input = write(dir, "careless.json", careless());
    const before = readFileSync(input, "utf8");
    const r = bulletin(["lint", "--fix", "careless.json", "-o", "fixed.json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(input, "utf8")).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(["careless.json", "fixed.json"]);
    const stdout = bulletin(["lint", "--fix", "-", "-o", "-"], { cwd: dir, input: before });
    expect(JSON.parse(stdout.stdout)).toEqual(
      JSON.parse(readFileSync(join(dir, "fixed.json"), "utf8")),
    );
  });

  test("bulletin lint --fix: leaves a file with an invalid structure untouched and fails", () => {
    const dir = tempDir();
    const input = write(dir, "bad.json", { ...careless(), schemaVersion: "9" });
    const before = readFileSync(input, "utf8");
    const r = bulletin(["lint", "--fix", "bad.json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("unsupported-schema-version");
    expect(readFileSync(input, "utf8")).toBe(before);
  });

  test("bulletin lint --fix: leaves an unbalanced 《 for a person to mend, and fails on it", () => {
    const dir = tempDir();
    const b = careless();
    const paragraph = b.sections[0]?.items[0]?.body[0] as Inline[];
    paragraph.push("印发《通知");
    write(dir, "open.json", b);
    const r = bulletin(["lint", "--fix", "open.json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("unbalanced-pair");
  });

  test("bulletin lint --rule / --no-rule: pick the rules that run; an unknown rule is a usage error", () => {
    const dir = tempDir();
    write(dir, "careless.json", careless());
    const only = bulletin(["lint", "careless.json", "--rule", "range-dash"], { cwd: dir });
    expect(only.stdout).toContain("range-dash");
    expect(only.stdout).not.toContain("repeated-mark");
    const without = bulletin(
      [
        "lint",
        "careless.json",
        "--no-rule",
        "range-dash,repeated-mark",
        "--no-rule",
        "half-width-punctuation",
      ],
      { cwd: dir },
    );
    expect(without.stdout).not.toContain("range-dash");
    expect(without.stdout).toContain("ordinal-mark");
    const fixOnly = bulletin(["lint", "--fix", "careless.json", "--rule", "repeated-mark"], {
      cwd: dir,
    });
    expect(fixOnly.stdout).toContain("1 fix applied");
    const unknown = bulletin(["lint", "careless.json", "--rule", "no-such-rule"], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown rule "no-such-rule"');
  });

  test("bulletin lint -o without --fix or sarif is a usage error", () => {
    expect(bulletin(["lint", referenceFile, "-o", "x.json"]).code).toBe(2);
  });
});

describe("bulletin lint --format sarif", () => {
  const require = createRequire(import.meta.url);
  // The SARIF 2.1.0 schema (OASIS, rtm.5) as @microsoft/jest-sarif ships it. It is written in
  // draft-04; its keywords mean the same in draft 2020-12, so ajv 2020 compiles it once the
  // draft-04 `$schema` and `id` are set aside (and one pattern is read without the u flag, as
  // draft-04 validators read it).
  const schema = JSON.parse(
    readFileSync(
      require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"),
      "utf8",
    ),
  ) as Record<string, unknown>;
  delete schema.$schema;
  delete schema.id;
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    validateFormats: false,
    unicodeRegExp: false,
  });
  const validate = ajv.compile(schema);

  test("bulletin lint --format sarif: writes a SARIF 2.1.0 log that the schema accepts", () => {
    const dir = tempDir();
    write(dir, "careless.json", careless());
    const r = bulletin(["lint", "careless.json", "--format", "sarif"], { cwd: dir });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as Log;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const results = log.runs[0]?.results ?? [];
    const dash = results.find((x) => x.ruleId === "range-dash");
    expect(dash?.level).toBe("warning");
    const location = dash?.locations?.[0];
    expect(location?.physicalLocation?.artifactLocation?.uri).toBe("careless.json");
    expect(location?.logicalLocations?.[0]?.fullyQualifiedName).toBe(
      "sections[0].items[0].body[0][1]",
    );
    // The region is the "~" itself in the file.
    const region = location?.physicalLocation?.region;
    const line = readFileSync(join(dir, "careless.json"), "utf8").split("\n")[
      (region?.startLine ?? 0) - 1
    ];
    expect(line?.slice((region?.startColumn ?? 0) - 1, (region?.endColumn ?? 0) - 1)).toBe("~");
    // …and its fix replaces exactly that region.
    const replacement = dash?.fixes?.[0]?.artifactChanges[0]?.replacements?.[0];
    expect(replacement?.deletedRegion).toEqual(region);
    expect(replacement?.insertedContent?.text).toBe("—");
    const rule = log.runs[0]?.tool.driver.rules?.find((x) => x.id === "range-dash");
    expect(rule?.properties?.clause).toContain("GB/T 15834-2011");
  });

  test("bulletin lint --format sarif: the reference issue gives a valid log with no results", () => {
    const dir = tempDir();
    const r = bulletin(["lint", referenceFile, "--format", "sarif", "-o", "lint.sarif"], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const log = JSON.parse(readFileSync(join(dir, "lint.sarif"), "utf8")) as Log;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]?.results).toEqual([]);
  });

  test("the SARIF check can fail: a log without a version is rejected", () => {
    expect(validate({ runs: [] })).toBe(false);
  });
});
