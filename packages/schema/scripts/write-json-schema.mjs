// Writes bulletin.schema.json (package root, so that node10 resolution finds it too) (JSON Schema draft 2020-12) from the built zod schemas,
// so the file can never drift from the validators. Runs after tsup in `npm run build`.
import { renameSync, writeFileSync } from "node:fs";
import * as z from "zod";
import { BulletinSchema, SCHEMA_VERSION } from "../dist/index.js";

const FORBIDDEN = ["__proto__", "constructor", "prototype"];

/** Objects of the model: known keys, `_` extensions, nothing else (strict mode). */
function tighten(node) {
  if (Array.isArray(node)) return node.forEach(tighten);
  if (typeof node !== "object" || node === null) return;
  if (node.type === "object" && node.properties) {
    node.additionalProperties = false;
    node.patternProperties = { "^_": {} };
    node.propertyNames = { not: { enum: FORBIDDEN } };
  }
  for (const value of Object.values(node)) tighten(value);
}

const schema = z.toJSONSchema(BulletinSchema, { target: "draft-2020-12", unrepresentable: "any" });
tighten(schema);
const out = {
  $schema: schema.$schema,
  $id: `urn:bulletin:schema:${SCHEMA_VERSION}`,
  title: "Bulletin",
  description:
    "A Chinese government work bulletin issue (政务月报, 简报, 工作动态), schema version 1. Generated from @bulletin/schema; semantic rules (references, unique ids, date ranges) are checked by lintBulletin, not by this file.",
  ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "$schema")),
};
const file = new URL("../bulletin.schema.json", import.meta.url);
const tmp = new URL("../bulletin.schema.json.tmp", import.meta.url);
writeFileSync(tmp, `${JSON.stringify(out, null, 2)}\n`);
renameSync(tmp, file);
