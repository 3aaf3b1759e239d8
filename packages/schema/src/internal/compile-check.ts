import type * as z from "zod";
import { FORBIDDEN_CONTROL } from "./limits";
import { TAGS } from "./tags";

/** A yes/no structural check of one value. */
export type Check = (value: unknown) => boolean;

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  // string formats (z.iso.date()) carry their check on the schema itself
  check?: string;
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  discriminator?: string;
  values?: unknown[];
  entries?: Record<string, unknown>;
}

const defOf = (schema: z.core.$ZodType): Def =>
  (schema as unknown as { _zod: { def: Def } })._zod.def;

function lengthChecks(def: Def): { min: number; max: number; patterns: RegExp[] } {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  const patterns: RegExp[] = [];
  if (def.check === "string_format" && def.pattern) patterns.push(def.pattern);
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === "min_length") min = d.minimum ?? 0;
    else if (d.check === "max_length") max = d.maximum ?? max;
    else if (d.check === "string_format" && d.pattern) patterns.push(d.pattern);
    else if (d.check !== "custom") throw new Error(`compile-check: unsupported check ${d.check}`);
  }
  return { min, max, patterns };
}

/**
 * Compiles a schema of the model into a plain function that answers "valid or not" without
 * building issues or copying the value. It reads zod's definitions, so the model stays defined
 * once; the custom refinements are known through their tags. It is allowed to say "no" to
 * something zod accepts (the caller then asks zod), never "yes" to something zod rejects:
 * tests hold it to that. Anything it does not understand fails at compile time.
 */
export function compileCheck(schema: z.core.$ZodType): Check {
  const tagged = TAGS.get(schema);
  const def = defOf(schema);
  switch (def.type) {
    case "string": {
      const { min, max, patterns } = lengthChecks(def);
      const text = tagged?.kind === "text";
      const control = text || tagged?.kind === "inline-text";
      return (v) => {
        if (typeof v !== "string" || v.length < min || v.length > max) return false;
        for (const p of patterns) {
          p.lastIndex = 0;
          if (!p.test(v)) return false;
        }
        if (control && FORBIDDEN_CONTROL.test(v)) return false;
        return !text || (v.trim() !== "" && v.isWellFormed());
      };
    }
    case "number": {
      let min = Number.NEGATIVE_INFINITY;
      let max = Number.POSITIVE_INFINITY;
      for (const c of def.checks ?? []) {
        const d = c._zod.def;
        if (d.check === "greater_than" && d.inclusive) min = d.value ?? min;
        else if (d.check === "less_than" && d.inclusive) max = d.value ?? max;
        else if (d.check !== "custom")
          throw new Error(`compile-check: unsupported check ${d.check}`);
      }
      const integer = tagged?.kind === "integer";
      return (v) =>
        typeof v === "number" &&
        Number.isFinite(v) &&
        v >= min &&
        v <= max &&
        (!integer || Number.isInteger(v));
    }
    case "boolean":
      return (v) => typeof v === "boolean";
    case "unknown":
      return () => true;
    case "literal": {
      const values = def.values ?? [];
      return (v) => values.includes(v);
    }
    case "enum": {
      const values = new Set(Object.values(def.entries ?? {}));
      return (v) => values.has(v);
    }
    case "optional": {
      const inner = compileCheck(def.innerType!);
      return (v) => v === undefined || inner(v);
    }
    case "array": {
      const { min } = lengthChecks(def);
      const element = compileCheck(def.element!);
      return (v) => {
        if (!Array.isArray(v) || v.length < min) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case "union": {
      const options = (def.options ?? []).map(compileCheck);
      if (def.discriminator !== undefined) {
        const key = def.discriminator;
        const byValue = new Map<unknown, Check>();
        (def.options ?? []).forEach((option, i) => {
          const literal = defOf(defOf(option).shape![key]!).values ?? [];
          for (const value of literal) byValue.set(value, options[i]!);
        });
        return (v) => {
          if (typeof v !== "object" || v === null) return false;
          const check = byValue.get((v as Record<string, unknown>)[key]);
          return check?.(v) === true;
        };
      }
      return (v) => {
        for (const option of options) if (option(v)) return true;
        return false;
      };
    }
    case "object": {
      if (tagged?.kind !== "object")
        throw new Error("compile-check: objects of the model are built by obj()");
      const entries = Object.entries(def.shape ?? {}).map(
        ([k, s]) => [k, compileCheck(s)] as const,
      );
      const { known, strict } = tagged;
      return (v) => {
        if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
        const o = v as Record<string, unknown>;
        for (const [key, check] of entries) if (!check(o[key])) return false;
        for (const key in o) {
          if (known.has(key) || !Object.hasOwn(o, key)) continue;
          // Forbidden keys and extension values (which may nest deeply) go the slow way.
          if (key === "__proto__" || key === "constructor" || key === "prototype") return false;
          if (strict && key.charCodeAt(0) !== 95) return false;
          const extension = o[key];
          if (typeof extension === "object" && extension !== null) return false;
        }
        return true;
      };
    }
    default:
      throw new Error(`compile-check: unsupported schema type ${def.type}`);
  }
}
