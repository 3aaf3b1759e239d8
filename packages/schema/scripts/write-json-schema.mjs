// Writes bulletin.schema.json (package root, so that node10 resolution finds it too) (JSON Schema draft 2020-12) from the built zod schemas,
// so the file can never drift from the validators. Runs after tsup in `npm run build`.
import { renameSync, writeFileSync } from "node:fs";
import * as z from "zod";
import * as model from "../dist/index.js";

const { BulletinSchema, SCHEMA_VERSION } = model;

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

/**
 * Discriminated unions (a date span's `kind`, an inline's `type`) come out of zod as `oneOf`.
 * Their branches cannot overlap (each requires its own `const`), so `anyOf` accepts exactly
 * the same documents, and validators stop at the first branch that matches instead of trying
 * them all.
 */
function anyOfForDiscriminated(node) {
  if (Array.isArray(node)) return node.forEach(anyOfForDiscriminated);
  if (typeof node !== "object" || node === null) return;
  if (Array.isArray(node.oneOf) && isDiscriminated(node.oneOf)) {
    node.anyOf = node.oneOf;
    delete node.oneOf;
  }
  for (const value of Object.values(node)) anyOfForDiscriminated(value);
}

/** Whether some property is required by every branch, with a `const` of its own in each. */
function isDiscriminated(branches) {
  const first = branches[0];
  if (typeof first !== "object" || first === null || !first.properties) return false;
  return (first.required ?? []).some((key) => {
    const values = branches.map((b) => b?.required?.includes(key) && b.properties?.[key]?.const);
    return values.every((v) => typeof v === "string") && new Set(values).size === branches.length;
  });
}

/**
 * Named definitions: each part of the model that generators in other languages should turn
 * into a type of its own goes to `$defs` under its TypeScript name, referenced with `$ref`.
 */
const NAMED = {
  Publication: model.PublicationSchema,
  Organization: model.OrganizationSchema,
  Issue: model.IssueSchema,
  Department: model.DepartmentSchema,
  Metric: model.MetricSchema,
  DateSpan: model.DateSpanSchema,
  Inline: model.InlineSchema,
  Paragraph: model.ParagraphSchema,
  Cell: model.CellSchema,
  TableRow: model.TableRowSchema,
  Table: model.TableSchema,
  Block: model.BlockSchema,
  Item: model.ItemSchema,
  Section: model.SectionSchema,
  Distribution: model.DistributionSchema,
};
// The global registry, because it also holds the model's own `.meta()` (patterns, integer
// types); this script runs in a process of its own, so the ids touch nothing else.
for (const [name, part] of Object.entries(NAMED)) {
  z.globalRegistry.add(part, { ...z.globalRegistry.get(part), id: name });
}

const schema = z.toJSONSchema(BulletinSchema, { target: "draft-2020-12", unrepresentable: "any" });
tighten(schema);
anyOfForDiscriminated(schema);
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
