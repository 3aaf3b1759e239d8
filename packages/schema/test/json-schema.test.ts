import { readFileSync } from "node:fs";
import { BulletinSchema, parseBulletin, safeParseBulletin } from "@bulletin/schema";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import * as z from "zod";
import { baseBulletin, invalidFixtures, lintFixtures, withChange } from "./fixtures";

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

  test("every part of the model is a named definition, referenced where it is used", () => {
    const defs = jsonSchema.$defs as Record<string, unknown>;
    for (const name of [
      "Publication",
      "Organization",
      "Issue",
      "Department",
      "Metric",
      "DateSpan",
      "Inline",
      "Paragraph",
      "Item",
      "Section",
      "Distribution",
    ]) {
      expect(defs[name], name).toBeTypeOf("object");
    }
    const text = JSON.stringify(jsonSchema);
    // The date span is defined once and used by the period, items and inline dates.
    expect(text.match(/"#\/\$defs\/DateSpan"/g)?.length).toBe(3);
    expect(text.match(/"kind":\{"type":"string","const":"range"\}/g)?.length).toBe(1);
  });

  test("the discriminated unions are anyOf over branches each with its own const", () => {
    const defs = jsonSchema.$defs as Record<string, { anyOf?: unknown[] }>;
    const text = JSON.stringify(jsonSchema);
    expect(text).not.toContain('"oneOf"');
    const constsOf = (branches: unknown[], key: string): unknown[] =>
      branches.map((b) => {
        const branch = b as { required: string[]; properties: Record<string, { const: unknown }> };
        expect(branch.required).toContain(key);
        return branch.properties[key]?.const;
      });
    expect(constsOf(defs.DateSpan?.anyOf ?? [], "kind")).toEqual([
      "day",
      "range",
      "xun",
      "month",
      "year",
    ]);
    const objects = (defs.Inline?.anyOf ?? []).find(
      (b) => (b as { anyOf?: unknown }).anyOf !== undefined,
    ) as { anyOf: unknown[] };
    expect(constsOf(objects.anyOf, "type")).toEqual([
      "metric",
      "department",
      "date",
      "title",
      "quote",
      "emphasis",
    ]);
  });

  test("ajv reports a date span of no known kind as an error of the span", () => {
    const input = JSON.parse(JSON.stringify(example)) as {
      issue: { period: Record<string, unknown> };
    };
    input.issue.period = { kind: "week", start: "2025-09-01" };
    expect(validate(input)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === "/issue/period")).toBe(true);
  });

  const valid = [
    { name: "the base fixture", input: baseBulletin() },
    { name: "the reference issue", input: example },
    {
      // `506.877526万元`: an amount in 万元 printed to the fen (a 红十字会 donations report).
      name: "a metric printed with six decimals",
      input: withChange(["metrics", 0, "display"], { scale: "万", fractionDigits: 6 }),
    },
    {
      // `5.88万余件`, `1100多万元`: an amount printed as a bound, its mark after the scale or the number.
      name: "metrics printed with an approximation mark",
      input: withChange(
        ["metrics", 1],
        { id: "staff", label: "参与人员", value: 500, unit: "人", approximate: { mark: "多" } },
        withChange(["metrics", 0, "approximate"], { mark: "余", at: "scale" }),
      ),
    },
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
