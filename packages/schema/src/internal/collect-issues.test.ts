import { arbitraryBulletin, hostileString } from "@bulletin/testkit";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { baseBulletin, invalidFixtures } from "../../test/fixtures";
import type { Locale, ValidationIssue } from "../issues";
import { schemasFor, type ValidationMode } from "../model";
import { safeParseBulletin } from "../validate-bulletin";
import { inspectInput } from "./inspect-input";
import { mapZodIssues } from "./map-zod-issues";

/** What safeParseBulletin answered before the collector: zod's parse of the whole input, mapped. */
function reference(
  input: unknown,
  mode: ValidationMode,
  locale: Locale,
): { success: boolean; issues?: ValidationIssue[] } {
  const hostile = inspectInput(input, locale);
  const result = schemasFor(mode).Bulletin.safeParse(input, { reportInput: true });
  if (result.success && hostile.length === 0) return { success: true };
  return {
    success: false,
    issues: result.success ? hostile : mapZodIssues(result.error.issues, locale, hostile),
  };
}

function answer(input: unknown, mode: ValidationMode, locale: Locale) {
  const r = safeParseBulletin(input, { mode, locale });
  return r.success ? { success: true } : { success: false, issues: r.issues };
}

type Path = (string | number)[];

/** Every path into a JSON value, the root included. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => void pathsOf(v, [...path, i], out));
  else if (typeof value === "object" && value !== null)
    for (const key of Object.keys(value))
      pathsOf((value as Record<string, unknown>)[key], [...path, key], out);
  return out;
}

function valueAt(doc: unknown, path: Path): unknown {
  let node = doc;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

/** One change to a document: replace or delete the value at a path, or add a key to an object. */
type Mutation =
  | { kind: "set"; at: number; value: unknown }
  | { kind: "delete"; at: number }
  | { kind: "empty"; at: number }
  | { kind: "key"; at: number; key: string; value: unknown };

const values = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  hostileString(),
  fc.constantFrom(
    "",
    " ",
    "2025-02-30",
    "2025-13",
    "bad id",
    0,
    -1,
    1.5,
    1e300,
    Number.NaN,
    null,
    true,
    [],
    {},
    [[]],
    { type: "metric" },
    { type: "nope", ref: "x" },
    { kind: "day" },
    { kind: "range", start: "2025-09-18", end: "2025-09-16" },
    { kind: "xun", month: "2025-09", part: "late", extra: 1 },
  ),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), at: fc.nat(), value: values }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("empty" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("key" as const),
    at: fc.nat(),
    key: fc.constantFrom("extra", "_ext", "constructor", "prototype", "__proto__", "type", "kind"),
    value: values,
  }),
);

/** Applies the mutations to a copy of `base`; `__proto__` is added as an own key, as JSON.parse does. */
function mutate(base: unknown, mutations: Mutation[]): unknown {
  let doc = structuredClone(base);
  for (const m of mutations) {
    let paths = pathsOf(doc);
    // "empty" empties an array (a paragraph, a list), where zod reports too-short.
    if (m.kind === "empty") {
      const arrays = paths.filter((p) => Array.isArray(valueAt(doc, p)) && p.length > 0);
      if (arrays.length > 0) paths = arrays;
    }
    const path = paths[m.at % paths.length] as Path;
    if (path.length === 0) {
      if (m.kind === "set") doc = structuredClone(m.value);
      continue;
    }
    let parent = doc as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    if (m.kind === "set") parent[last] = structuredClone(m.value);
    else if (m.kind === "empty") parent[last] = [];
    else if (m.kind === "delete") delete parent[last];
    else {
      const target = parent[last];
      if (typeof target === "object" && target !== null && !Array.isArray(target))
        Object.defineProperty(target, m.key, {
          value: structuredClone(m.value),
          enumerable: true,
          configurable: true,
          writable: true,
        });
    }
  }
  return doc;
}

const modes: ValidationMode[] = ["strict", "passthrough"];
const locales: Locale[] = ["zh-CN", "en"];

// Each generated case runs zod's parse of a whole bulletin: a few milliseconds alone, ten to
// twenty times that when the whole repository's tests share two cores.
describe("compileCollect (the invalid path of safeParseBulletin)", { timeout: 180_000 }, () => {
  test("safeParseBulletin: finds the same issues, in the same order, as zod's whole parse on every invalid fixture", () => {
    for (const { input, name } of invalidFixtures)
      for (const mode of modes)
        for (const locale of locales)
          expect(answer(input, mode, locale), `${name} (${mode}, ${locale})`).toEqual(
            reference(input, mode, locale),
          );
  });

  test("safeParseBulletin: finds the same issues, in the same order, as zod's whole parse on generated invalid bulletins", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(baseBulletin()), arbitraryBulletin()),
        fc.array(mutation, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...modes),
        fc.constantFrom(...locales),
        (base, mutations, mode, locale) => {
          const input = mutate(base, mutations);
          expect(answer(input, mode, locale)).toEqual(reference(input, mode, locale));
        },
      ),
      { numRuns: 400 },
    );
  });
});
