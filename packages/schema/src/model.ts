import * as z from "zod";
import { YEAR_RANGE } from "./constants";
import { FORBIDDEN_CONTROL, LIMITS } from "./internal/limits";
import { escapeControl } from "./internal/quote";
import { tag } from "./internal/tags";
import { SCHEMA_VERSION } from "./version";

/**
 * The zod schemas of the model (schema version 1). They are built by one function so that
 * the strict set (unknown keys are errors) and the passthrough set (unknown keys are kept)
 * cannot drift apart. Keys that start with `_` are extensions and always allowed, as in
 * JSON Feed; `__proto__`, `constructor` and `prototype` are never allowed.
 */

/**
 * Whether keys the model does not know are rejected (`strict`) or kept (`passthrough`).
 *
 * @example
 * ```ts
 * const mode: ValidationMode = "passthrough";
 * safeParseBulletin({ ...issue9, note: "draft" }, { mode }).success; //=> true
 * safeParseBulletin({ ...issue9, note: "draft" }).success; //=> false
 * ```
 */
export type ValidationMode = "strict" | "passthrough";

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** A custom issue carries our own code in `params.code`; the mapper reads it. */
function custom(
  ctx: z.core.$RefinementCtx<unknown>,
  code: string,
  path: PropertyKey[],
  params: Record<string, unknown> = {},
): void {
  ctx.addIssue({ code: "custom", message: code, path, params: { code, ...params } });
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const MONTH_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])$/;

/** Reports the first forbidden control character of `s`, if any. */
function checkControl(s: string, ctx: z.core.$RefinementCtx<unknown>): void {
  const found = FORBIDDEN_CONTROL.exec(s);
  if (found)
    custom(ctx, "control-character", [], { char: escapeControl(found[0]), index: found.index });
}

/** The JSON Schema form of the control character rule (`not` a string that holds one). */
const NO_CONTROL = { pattern: FORBIDDEN_CONTROL.source };

function text(max: number): z.ZodString {
  const schema = z
    .string()
    .min(1)
    .max(max)
    .meta({ pattern: "\\S", not: NO_CONTROL })
    .superRefine((s, ctx) => {
      if (s.length === 0) return; // reported by min(1)
      if (s.trim() === "") custom(ctx, "empty-text", []);
      else if (!s.isWellFormed()) custom(ctx, "invalid-text", []);
      else checkControl(s, ctx);
    }) as unknown as z.ZodString;
  return tag(schema, { kind: "text" });
}

/** Running text between inline nodes: white space alone is fine, control characters are not. */
function inlineText(max: number): z.ZodString {
  const schema = z
    .string()
    .min(1)
    .max(max)
    .meta({ not: NO_CONTROL })
    .superRefine((s, ctx) => checkControl(s, ctx)) as unknown as z.ZodString;
  return tag(schema, { kind: "inline-text" });
}

/**
 * An integer in a range. Not zod's `.int()`: that check aborts the whole parse, which would
 * hide every other issue of the document (unknown keys included).
 */
function integer(min: number, max: number): z.ZodNumber {
  const schema = z
    .number()
    .min(min)
    .max(max)
    .meta({ type: "integer" })
    .superRefine((n, ctx) => {
      if (!Number.isInteger(n)) custom(ctx, "not-integer", [], { received: n });
    }) as unknown as z.ZodNumber;
  return tag(schema, { kind: "integer" });
}

function build(mode: ValidationMode) {
  /** An object that allows `_` extensions and, in passthrough mode, any other key. */
  function obj<S extends z.core.$ZodLooseShape>(shape: S): z.ZodObject<S, z.core.$strip> {
    const known = new Set(Object.keys(shape));
    const schema = z
      .object(shape)
      .catchall(z.unknown())
      .superRefine(
        (value, ctx) => {
          // Runs even when the value is not an object (so that no issue hides another).
          if (typeof value !== "object" || value === null || Array.isArray(value)) return;
          for (const key of Object.keys(value)) {
            if (known.has(key)) continue;
            if (FORBIDDEN_KEYS.has(key)) custom(ctx, "forbidden-key", [key], { key });
            else if (mode === "strict" && key.charCodeAt(0) !== 95 /* _ */)
              custom(ctx, "unknown-key", [key], { key, known: [...known] });
          }
        },
        { when: () => true },
      ) as unknown as z.ZodObject<S, z.core.$strip>;
    return tag(schema, { kind: "object", known, strict: mode === "strict" });
  }

  const id = z.string().max(LIMITS.shortText).regex(ID_PATTERN);
  const isoDate = z.iso.date();
  const isoMonth = z.string().regex(MONTH_PATTERN);
  const year = integer(YEAR_RANGE.min, YEAR_RANGE.max);

  const DateSpan = z.discriminatedUnion("kind", [
    obj({ kind: z.literal("day"), date: isoDate }),
    obj({ kind: z.literal("range"), start: isoDate, end: isoDate }),
    obj({
      kind: z.literal("xun"),
      month: isoMonth,
      part: z.enum(["early", "mid", "late"]),
    }),
    obj({ kind: z.literal("month"), month: isoMonth }),
    obj({ kind: z.literal("year"), year }),
  ]);

  const Organization = obj({
    name: text(LIMITS.title),
    shortName: text(LIMITS.shortText).optional(),
  });

  const Publication = obj({
    title: text(LIMITS.title),
    publisher: Organization,
    frequency: z
      .enum(["daily", "weekly", "biweekly", "monthly", "quarterly", "yearly", "irregular"])
      .optional(),
  });

  const Issue = obj({
    number: integer(1, 100_000),
    year: year.optional(),
    totalNumber: integer(1, 1_000_000).optional(),
    supplement: z.boolean().optional(),
    publishedOn: isoDate,
    period: DateSpan.optional(),
    editor: text(LIMITS.shortText).optional(),
    signer: text(LIMITS.shortText).optional(),
    copies: integer(1, 10_000_000).optional(),
  });

  const Department = obj({
    id,
    name: text(LIMITS.title),
    shortName: text(LIMITS.shortText).optional(),
    aliases: z.array(text(LIMITS.title)).optional(),
  });

  const Metric = obj({
    id,
    label: text(LIMITS.title),
    value: z.number().min(-LIMITS.value).max(LIMITS.value),
    unit: text(LIMITS.shortText),
    display: obj({
      scale: z.enum(["万", "亿", "万亿", "none"]).optional(),
      fractionDigits: integer(0, 6).optional(),
    }).optional(),
    // `500余人`, `1100多万元`, `76.7万余件`: the value is a bound (more than it), printed with 余 or
    // 多 after the number (the default) or after its scale.
    approximate: obj({
      mark: z.enum(["余", "多"]),
      at: z.enum(["number", "scale"]).optional(),
    }).optional(),
    comparison: obj({
      basis: z.enum(["yoy", "mom"]),
      previous: z.number().min(-LIMITS.value).max(LIMITS.value).optional(),
      change: z.number().min(-1e9).max(1e9).optional(),
      changeUnit: z.enum(["percent", "points"]).optional(),
    }).optional(),
  });

  const Inline = z.union([
    inlineText(LIMITS.text),
    z.discriminatedUnion("type", [
      // `四千億元`, `百分之三十点九`: the figure as printed, where the text wrote it in a form its
      // display does not give (Han numerals); writers print it instead of the formatted figure.
      obj({ type: z.literal("metric"), ref: id, text: text(LIMITS.shortText).optional() }),
      obj({ type: z.literal("department"), ref: id, text: text(LIMITS.title).optional() }),
      obj({ type: z.literal("date"), value: DateSpan }),
      obj({ type: z.literal("title"), text: text(LIMITS.title) }),
      obj({ type: z.literal("quote"), text: text(LIMITS.text) }),
      obj({ type: z.literal("emphasis"), text: text(LIMITS.text) }),
    ]),
  ]);

  const Paragraph = z.array(Inline).min(1);

  // A cell may be empty (`[]`): real tables leave cells blank.
  const Cell = z.union([
    z.array(Inline),
    obj({
      content: z.array(Inline),
      colSpan: integer(1, LIMITS.span).optional(),
      rowSpan: integer(1, LIMITS.span).optional(),
    }),
  ]);

  const TableRow = z.array(Cell).min(1);

  const Table = obj({
    type: z.literal("table"),
    caption: text(LIMITS.title).optional(),
    head: z.array(TableRow).min(1).optional(),
    rows: z.array(TableRow).min(1),
    notes: z.array(Paragraph).optional(),
  });

  const Block = z.union([Paragraph, Table]);

  const Item = obj({
    id: id.optional(),
    title: text(LIMITS.title).optional(),
    date: DateSpan.optional(),
    departmentRefs: z.array(id).optional(),
    body: z.array(Block),
  });

  const Section = obj({
    id: id.optional(),
    title: text(LIMITS.title),
    kind: text(LIMITS.shortText).optional(),
    items: z.array(Item),
  });

  const Distribution = obj({
    reportTo: z.array(text(LIMITS.title)).optional(),
    sendTo: z.array(text(LIMITS.title)).optional(),
    issueTo: z.array(text(LIMITS.title)).optional(),
    copyTo: z.array(text(LIMITS.title)).optional(),
  });

  const Bulletin = obj({
    schemaVersion: z.literal(SCHEMA_VERSION),
    publication: Publication,
    issue: Issue,
    departments: z.array(Department),
    metrics: z.array(Metric),
    sections: z.array(Section),
    distribution: Distribution.optional(),
  });

  return {
    DateSpan,
    Organization,
    Publication,
    Issue,
    Department,
    Metric,
    Inline,
    Paragraph,
    Cell,
    TableRow,
    Table,
    Block,
    Item,
    Section,
    Distribution,
    Bulletin,
  };
}

/** The strict schemas, exported one by one from the package entry. */
export const strictSchemas = /* @__PURE__ */ build("strict");

let passthrough: ReturnType<typeof build> | undefined;

/** The schemas of a mode; the passthrough set is built on first use. */
export function schemasFor(mode: ValidationMode): ReturnType<typeof build> {
  if (mode === "strict") return strictSchemas;
  passthrough ??= build("passthrough");
  return passthrough;
}
