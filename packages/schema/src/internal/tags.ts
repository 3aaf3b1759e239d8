import type * as z from "zod";

/**
 * What a custom refinement of the model checks, recorded where the schema is built so that
 * the fast validator (compile-check.ts) can check the same thing without calling zod.
 */
export type Tag =
  | { kind: "text" }
  | { kind: "inline-text" }
  | { kind: "integer" }
  | { kind: "object"; known: ReadonlySet<string>; strict: boolean };

export const TAGS = new WeakMap<z.core.$ZodType, Tag>();

/** Records the tag of a schema and returns the schema. */
export function tag<T extends z.core.$ZodType>(schema: T, t: Tag): T {
  TAGS.set(schema, t);
  return schema;
}
