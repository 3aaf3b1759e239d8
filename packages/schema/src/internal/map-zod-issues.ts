import type * as z from "zod";
import type { IssuePath, Locale, StructureIssueCode, ValidationIssue } from "../issues";
import { makeIssue } from "./make-issue";
import { quote, typeName } from "./quote";

type ZodIssue = z.core.$ZodIssue & { input?: unknown; received?: unknown; note?: string };

const EXPECTED_ZH: Record<string, string> = {
  string: "文字",
  number: "数字",
  int: "整数",
  boolean: "布尔值",
  object: "对象",
  array: "数组",
};

function toPath(path: readonly PropertyKey[]): IssuePath {
  return path.map((k) => (typeof k === "number" ? k : String(k)));
}

const issue = (
  code: StructureIssueCode,
  path: IssuePath,
  params: Record<string, unknown>,
  locale: Locale,
): ValidationIssue => makeIssue(code, path, params, locale);

const INLINE_TYPES = ["metric", "department", "date", "title", "quote", "emphasis"];

const list = (values: readonly unknown[]): string =>
  values.map((v) => JSON.stringify(v)).join(" | ");

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const TABLE_KEYS = ["content", "colSpan", "rowSpan", "rows", "head", "caption"];

/** A table (`type: "table"`), or an object without `type` shaped like a table or a spanning cell. */
const isTableLike = (v: Record<string, unknown>): boolean =>
  v.type === "table" || (v.type === undefined && TABLE_KEYS.some((k) => k in v));

/**
 * Turns zod's issues into ours: a stable code, the path, a message in the locale. Unions are
 * unpacked so that the message names the branch the author meant, not "invalid input".
 */
export function mapZodIssues(
  issues: readonly (z.core.$ZodIssue | z.core.$ZodRawIssue)[],
  locale: Locale,
  out: ValidationIssue[] = [],
  base: IssuePath = [],
): ValidationIssue[] {
  for (const raw of issues as readonly ZodIssue[]) {
    // Raw issues (collect-issues.ts) have no path at the root of the parse.
    const path = [...base, ...toPath(raw.path ?? [])];
    const input = raw.input;
    switch (raw.code) {
      case "invalid_type": {
        if (raw.expected === "int") {
          out.push(issue("not-integer", path, { received: quote(input) }, locale));
          break;
        }
        const received = raw.received !== undefined ? String(raw.received) : typeName(input);
        const expected = raw.expected;
        const params = { expected, expectedZh: EXPECTED_ZH[expected] ?? expected, received };
        if (input === undefined && raw.received === undefined)
          out.push(issue("missing-field", path, params, locale));
        else out.push(issue("invalid-type", path, params, locale));
        break;
      }
      case "invalid_value": {
        const received = quote(input);
        if (input === undefined)
          out.push(
            issue(
              "missing-field",
              path,
              { expected: list(raw.values), expectedZh: list(raw.values), received },
              locale,
            ),
          );
        else if (path.length === 1 && path[0] === "schemaVersion")
          out.push(issue("unsupported-schema-version", path, { received }, locale));
        else out.push(issue("invalid-value", path, { options: raw.values, received }, locale));
        break;
      }
      case "invalid_format": {
        const received = quote(input);
        if (raw.format === "date") out.push(issue("invalid-date", path, { received }, locale));
        else if (raw.format === "regex" && String(raw.pattern).includes("(?:0[1-9]|1[0-2])$"))
          out.push(issue("invalid-month", path, { received }, locale));
        else out.push(issue("invalid-id", path, { received }, locale));
        break;
      }
      case "too_big":
      case "too_small": {
        const origin = raw.origin;
        if (origin === "string") {
          const length = typeof input === "string" ? input.length : 0;
          if (raw.code === "too_big")
            out.push(issue("too-long", path, { max: raw.maximum, length }, locale));
          else out.push(issue("empty-text", path, {}, locale));
        } else if (origin === "array" || origin === "set") {
          out.push(
            issue("too-short", path, { min: raw.code === "too_small" ? raw.minimum : 0 }, locale),
          );
        } else {
          const bound = raw.code === "too_small" ? { min: raw.minimum } : { max: raw.maximum };
          out.push(issue("out-of-range", path, { ...bound, received: quote(input) }, locale));
        }
        break;
      }
      case "invalid_union": {
        if (raw.note === "No matching discriminator") {
          const parent = isPlainObject(input) ? input : undefined;
          const key = (raw as { discriminator?: string }).discriminator ?? "type";
          const value = parent?.[key];
          if (parent === undefined || value === undefined)
            out.push(
              issue(
                "missing-field",
                path,
                {
                  expected: `one of ${(raw as { options?: unknown[] }).options?.join(", ")}`,
                  received: "undefined",
                },
                locale,
              ),
            );
          else
            out.push(
              issue(
                "invalid-value",
                path,
                { options: (raw as { options?: unknown[] }).options, received: quote(value) },
                locale,
              ),
            );
          break;
        }
        // Inline = string | node: report against the branch the author meant.
        const branches = raw.errors;
        // Block = paragraph | table and Cell = inlines | spanning cell: an array or a table-like
        // object matches one branch's root type; report that branch's issues.
        if (Array.isArray(input) || (isPlainObject(input) && isTableLike(input))) {
          const matching = branches.filter((b) =>
            b.every((i) => i.path.length > 0 || i.code !== "invalid_type"),
          );
          if (matching.length === 1) {
            mapZodIssues(matching[0] as z.core.$ZodIssue[], locale, out, path);
            break;
          }
        }
        if (
          isPlainObject(input) &&
          typeof input.type === "string" &&
          INLINE_TYPES.includes(input.type)
        ) {
          const objectBranch = branches.find((b) =>
            b.every((i) => i.path.length > 0 || i.code !== "invalid_type"),
          );
          if (objectBranch) {
            mapZodIssues(objectBranch, locale, out, path);
            break;
          }
        }
        if (isPlainObject(input) && typeof input.type === "string") {
          out.push(
            issue(
              "invalid-value",
              [...path, "type"],
              { options: INLINE_TYPES, received: quote(input.type) },
              locale,
            ),
          );
          break;
        }
        if (typeof input === "string") {
          const stringBranch = branches[0];
          if (stringBranch) {
            mapZodIssues(stringBranch, locale, out, path);
            break;
          }
        }
        out.push(issue("invalid-inline", path, { received: quote(input) }, locale));
        break;
      }
      case "custom": {
        const { code, ...params } = (raw.params ?? {}) as Record<string, unknown>;
        out.push(issue(code as StructureIssueCode, path, params, locale));
        break;
      }
      default:
        out.push(issue("invalid-value", path, { options: [], received: quote(input) }, locale));
    }
  }
  return out;
}
