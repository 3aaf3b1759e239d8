import type * as z from "zod";
import type { IssuePath, Locale, ValidationIssue } from "../issues";
import { compileCheck, defOf, lengthChecks } from "./compile-check";
import { mapZodIssues } from "./map-zod-issues";
import { TAGS } from "./tags";

/**
 * Appends the structural issues of `value` (at `path`, which it may change but restores) to
 * `out`.
 */
export type Collect = (
  value: unknown,
  path: IssuePath,
  locale: Locale,
  out: ValidationIssue[],
) => void;

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** What safeParse runs: the parse of a schema, with its raw issues (no messages yet). */
interface Internals {
  run(
    payload: { value: unknown; issues: z.core.$ZodRawIssue[] },
    context: { async: false; reportInput: true },
  ): { issues: z.core.$ZodRawIssue[] };
}

/** The context safeParse(value, { reportInput: true }) gives the parse. */
const CONTEXT = { async: false, reportInput: true } as const;

/**
 * Compiles a schema of the model into a function that finds the same issues, in the same order,
 * as zod's parse of the whole value mapped by {@link mapZodIssues}, while asking zod only about
 * the parts that are wrong. It walks objects and arrays the way zod does (fields in the order of
 * the shape, elements in order) and asks zod about a whole node wherever zod itself would report
 * something at that node rather than below it: a value of the wrong type, an array below its
 * minimum length, an object with a key the model does not allow, and any leaf or union that the
 * compiled check ({@link compileCheck}) does not accept. A differential property test holds it
 * to zod's issue list on generated invalid bulletins.
 */
export function compileCollect(schema: z.core.$ZodType): Collect {
  const def = defOf(schema);
  const check = compileCheck(schema);
  const internals = (schema as unknown as { _zod: Internals })._zod;
  /**
   * The issues zod finds in the node itself, under `path`: its parse without the ZodError that
   * safeParse builds (an Error, with zod's messages, is most of the cost of a failing parse of a
   * leaf, and we write our own messages).
   */
  const zod: Collect = (value, path, locale, out) => {
    const { issues } = internals.run({ value, issues: [] }, CONTEXT);
    if (issues.length > 0) mapZodIssues(issues, locale, out, path);
  };
  switch (def.type) {
    case "optional": {
      const inner = compileCollect(def.innerType!);
      return (value, path, locale, out) => {
        if (value !== undefined) inner(value, path, locale, out);
      };
    }
    case "array": {
      const { min } = lengthChecks(def);
      const element = compileCollect(def.element!);
      return (value, path, locale, out) => {
        if (!Array.isArray(value) || value.length < min) return zod(value, path, locale, out);
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          element(value[i], path, locale, out);
          path.pop();
        }
      };
    }
    case "object": {
      const tagged = TAGS.get(schema);
      if (tagged?.kind !== "object")
        throw new Error("collect-issues: objects of the model are built by obj()");
      const fields = Object.entries(def.shape ?? {}).map(
        ([key, s]) => [key, compileCollect(s)] as const,
      );
      const { known, strict } = tagged;
      return (value, path, locale, out) => {
        if (typeof value !== "object" || value === null || Array.isArray(value))
          return zod(value, path, locale, out);
        const o = value as Record<string, unknown>;
        for (const key in o) {
          if (known.has(key) || !Object.hasOwn(o, key)) continue;
          // A key the model refuses is reported on this object, after its fields: zod's turn.
          if (FORBIDDEN_KEYS.has(key) || (strict && key.charCodeAt(0) !== 95))
            return zod(value, path, locale, out);
        }
        for (const [key, field] of fields) {
          path.push(key);
          field(o[key], path, locale, out);
          path.pop();
        }
      };
    }
    default:
      return (value, path, locale, out) => {
        if (!check(value)) zod(value, path, locale, out);
      };
  }
}
