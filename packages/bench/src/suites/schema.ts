import { readFileSync } from "node:fs";
import { safeParseBulletin, type ValidationIssue, validateBulletin } from "@bulletin/schema";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { compare, target, writeResult } from "../lib/measure";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** A 32-bit LCG, so every run sees the same inputs. */
function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return Math.floor((state / 2 ** 32) * n);
  };
}

function pathsOf(value: Json, path: Path = [], out: Path[] = []): Path[] {
  if (path.length > 0) out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => void pathsOf(v, [...path, i], out));
  else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

/**
 * `count` invalid variants of an issue, each with one to three faults of the kinds JSON Schema
 * can also express: a value of the wrong type, an empty text, an impossible date, a number out
 * of range, a missing field, an unknown key.
 */
function invalidVariants(base: Json, count: number): Json[] {
  const pick = random(20251201);
  const out: Json[] = [];
  while (out.length < count) {
    const doc = structuredClone(base);
    const faults = 1 + pick(3);
    for (let f = 0; f < faults; f++) {
      const paths = pathsOf(doc);
      const path = paths[pick(paths.length)] as Path;
      let parent = doc as Record<string | number, Json>;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
      const last = path[path.length - 1] as string | number;
      const value = parent[last] as Json;
      const kind = pick(4);
      if (kind === 0) parent[last] = typeof value === "string" ? 42 : "42";
      else if (kind === 1 && typeof value === "string")
        parent[last] = /^\d{4}-\d\d-\d\d$/.test(value) ? "2025-02-30" : "";
      else if (kind === 1 && typeof value === "number") parent[last] = -1e300;
      else if (kind === 2 && typeof last === "string") delete parent[last];
      else if (typeof value === "object" && value !== null && !Array.isArray(value))
        value.extra = true;
      else parent[last] = null;
    }
    out.push(doc);
  }
  return out;
}

/** A JSON pointer as a path. */
const pathOfPointer = (pointer: string): string[] =>
  pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));

/**
 * Whether ajv found each of our issues: an ajv error at the same place, or at a place that
 * contains it or lies within it (ajv reports a missing or unknown key on the object, and the
 * branches of a union below it).
 */
function sameErrors(
  ours: ValidationIssue[],
  errors: { instancePath: string; params: Record<string, unknown> }[],
): boolean {
  const theirs = errors.map((e) => {
    const path = pathOfPointer(e.instancePath);
    const key = e.params.missingProperty ?? e.params.additionalProperty;
    return typeof key === "string" ? [...path, key] : path;
  });
  return ours.every((issue) => {
    const p = issue.path.map(String);
    return theirs.some((t) => {
      const n = Math.min(t.length, p.length);
      for (let i = 0; i < n; i++) if (t[i] !== p[i]) return false;
      return true;
    });
  });
}

/**
 * validateBulletin (structure + lint) on the reference issue, against JSON.parse of the same
 * text and an ajv validator compiled from the published JSON Schema, in one run; then
 * safeParseBulletin and validateBulletin on invalid variants of it, against ajv with allErrors
 * (every error, as our validator reports every issue).
 */
const INVALID_COUNT = 200;

export async function run(): Promise<void> {
  const root = new URL("../../../../", import.meta.url);
  const text = readFileSync(new URL("examples/sichuan-window-monthly/issue-9.json", root), "utf8");
  const data = JSON.parse(text) as unknown;
  const schemaFile = new URL("packages/schema/bulletin.schema.json", root);
  // ajv in its fastest configuration (stops at the first error), as integrators would run it.
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
  addFormats.default(ajv, ["date"]);
  const ajvValidate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
  if (!validateBulletin(data).ok || !ajvValidate(data))
    throw new Error("the reference issue must be valid");

  const [validate, parse, ajvResult] = compare([
    { name: "validateBulletin (structure + lint)", fn: () => validateBulletin(data) },
    { name: "JSON.parse of the same text", fn: () => JSON.parse(text) },
    { name: "ajv (compiled JSON Schema)", fn: () => ajvValidate(data) },
  ]);
  if (!validate || !parse || !ajvResult) throw new Error("missing results");

  // Invalid issues: every error, from both.
  const ajvAll = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats.default(ajvAll, ["date"]);
  const ajvAllValidate = ajvAll.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
  // Variants whose faults happen to be allowed (an optional field deleted) are left out.
  const invalid = invalidVariants(data as Json, INVALID_COUNT * 2)
    .filter((doc) => !safeParseBulletin(doc).success)
    .slice(0, INVALID_COUNT);
  let agree = 0;
  let issueCount = 0;
  for (const doc of invalid) {
    const ours = safeParseBulletin(doc);
    if (ours.success) throw new Error("the invalid variants are those safeParseBulletin rejects");
    issueCount += ours.issues.length;
    // ajv accepting a variant we reject counts as a disagreement.
    if (ajvAllValidate(doc)) continue;
    if (sameErrors(ours.issues, (ajvAllValidate.errors ?? []) as never)) agree++;
  }
  const overAll = (fn: (doc: Json) => unknown) => () => {
    let n = 0;
    for (const doc of invalid) if (fn(doc)) n++;
    return n;
  };
  const [safeInvalid, validateInvalid, ajvInvalid, safeValid] = compare([
    {
      name: "safeParseBulletin, invalid variants",
      fn: overAll((d) => safeParseBulletin(d).success),
    },
    { name: "validateBulletin, invalid variants", fn: overAll((d) => validateBulletin(d).ok) },
    { name: "ajv allErrors, invalid variants", fn: overAll((d) => ajvAllValidate(d)) },
    {
      name: "safeParseBulletin, the valid issue as many times",
      fn: () => {
        let n = 0;
        for (let i = 0; i < INVALID_COUNT; i++) if (safeParseBulletin(data).success) n++;
        return n;
      },
    },
  ]);
  if (!safeInvalid || !validateInvalid || !ajvInvalid || !safeValid)
    throw new Error("missing results");
  const safeVsAjv = ajvInvalid.meanMicroseconds / safeInvalid.meanMicroseconds;
  const validateVsAjv = ajvInvalid.meanMicroseconds / validateInvalid.meanMicroseconds;
  const invalidOverValid = safeInvalid.meanMicroseconds / safeValid.meanMicroseconds;
  for (const r of [validate, parse, ajvResult])
    console.log(`${r.name}: ${r.opsPerSecond.toFixed(0)} ops/s`);
  const vsParse = validate.meanMicroseconds / parse.meanMicroseconds;
  const vsAjv = validate.meanMicroseconds / ajvResult.meanMicroseconds;
  const targets = [
    target("validateBulletin time / JSON.parse time", vsParse, "<=", 1),
    target("validateBulletin time / ajv time", vsAjv, "<=", 2),
    target("safeParseBulletin speed / ajv allErrors speed, invalid issues (×)", safeVsAjv, ">=", 1),
    target(
      "validateBulletin speed / ajv allErrors speed, invalid issues (×)",
      validateVsAjv,
      ">=",
      1,
    ),
  ];
  console.log(
    `invalid variants: ${INVALID_COUNT}, ${issueCount} issues; ajv found the same errors in ${agree}; invalid / valid time ${invalidOverValid.toFixed(2)}`,
  );
  writeResult("schema", {
    input: { file: "examples/sichuan-window-monthly/issue-9.json", bytes: Buffer.byteLength(text) },
    results: [validate, parse, ajvResult],
    ratios: { validateOverJsonParse: vsParse, validateOverAjv: vsAjv },
    invalid: {
      input: `${INVALID_COUNT} variants of issue-9, each with 1–3 faults (wrong type, empty text, impossible date, number out of range, missing field, unknown key; seeded)`,
      issues: issueCount,
      ajvFoundTheSameErrors: agree,
      results: [safeInvalid, validateInvalid, ajvInvalid, safeValid],
      ratios: {
        safeParseSpeedOverAjvAllErrors: Number(safeVsAjv.toFixed(2)),
        validateSpeedOverAjvAllErrors: Number(validateVsAjv.toFixed(2)),
        invalidTimeOverValidTime: Number(invalidOverValid.toFixed(2)),
      },
    },
    targets,
  });
}
