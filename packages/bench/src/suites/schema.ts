import { readFileSync } from "node:fs";
import { validateBulletin } from "@bulletin/schema";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { compare, target, writeResult } from "../lib/measure";

/**
 * validateBulletin (structure + lint) on the reference issue, against JSON.parse of the same
 * text and an ajv validator compiled from the published JSON Schema, in one run.
 */
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
  for (const r of [validate, parse, ajvResult])
    console.log(`${r.name}: ${r.opsPerSecond.toFixed(0)} ops/s`);
  const vsParse = validate.meanMicroseconds / parse.meanMicroseconds;
  const vsAjv = validate.meanMicroseconds / ajvResult.meanMicroseconds;
  const targets = [
    target("validateBulletin time / JSON.parse time", vsParse, "<=", 1),
    target("validateBulletin time / ajv time", vsAjv, "<=", 2),
  ];
  writeResult("schema", {
    input: { file: "examples/sichuan-window-monthly/issue-9.json", bytes: Buffer.byteLength(text) },
    results: [validate, parse, ajvResult],
    ratios: { validateOverJsonParse: vsParse, validateOverAjv: vsAjv },
    targets,
  });
}
