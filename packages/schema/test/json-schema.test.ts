import { readFileSync } from "node:fs";
import { BulletinSchema, parseBulletin, safeParseBulletin } from "@bulletin/schema";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import * as z from "zod";
import { baseBulletin, invalidFixtures, lintFixtures } from "./fixtures";

const file = new URL("../bulletin.schema.json", import.meta.url);
const jsonSchema = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv, ["date"]);
const validate = ajv.compile(jsonSchema);

const example = JSON.parse(
  readFileSync(
    new URL("../../../examples/sichuan-window-monthly/issue-9.json", import.meta.url),
    "utf8",
  ),
) as unknown;

describe("bulletin.schema.json", () => {
  test("the JSON Schema file is draft 2020-12 and exported by the package", () => {
    expect(jsonSchema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(pkg.exports["./bulletin.schema.json"]).toBe("./bulletin.schema.json");
  });

  test("the JSON Schema file is what the zod schemas generate today (never hand-kept)", () => {
    const fresh = z.toJSONSchema(BulletinSchema, {
      target: "draft-2020-12",
      unrepresentable: "any",
    });
    expect(jsonSchema.properties).toBeDefined();
    expect(Object.keys(jsonSchema.properties as object)).toEqual(
      Object.keys(fresh.properties ?? {}),
    );
    expect(jsonSchema.required).toEqual(fresh.required);
  });

  const valid = [
    { name: "the base fixture", input: baseBulletin() },
    { name: "the reference issue", input: example },
    ...lintFixtures.map((f) => ({ name: `lint fixture: ${f.name}`, input: f.input })),
  ];

  test.each(valid)("ajv and parseBulletin both accept $name", ({ input }) => {
    expect(() => parseBulletin(input)).not.toThrow();
    expect(validate(input), JSON.stringify(validate.errors)).toBe(true);
  });

  const comparable = invalidFixtures.filter(
    (f) => !f.schemaCannotTell && JSON.stringify(f.input) !== undefined && !Number.isNaN(f.input),
  );
  test.each(comparable)("ajv and parseBulletin both reject $name", ({ input }) => {
    // JSON has no NaN/Infinity: compare on the JSON text, as an integrator in another language would see it.
    const json = JSON.parse(JSON.stringify(input)) as unknown;
    expect(safeParseBulletin(json).success).toBe(false);
    expect(validate(json)).toBe(false);
  });
});
