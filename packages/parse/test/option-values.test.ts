import { DepartmentSchema, IssueSchema, PublicationSchema } from "@bulletin/schema";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  departmentProblem,
  issueProblem,
  publicationProblem,
} from "../src/internal/check-option-values";

// parse checks its department, issue and publication options without zod (so that its bundle
// does not pull zod in): a copy of schema's rules for these objects. These properties pin the
// copy to schema's own verdict on generated values that sit on and around every rule's edges.

const TEXTS = [
  "甲",
  "省大数据中心",
  "x",
  "",
  " ",
  "\u3000",
  "a\u0001b",
  "a\tb",
  "a\nb",
  "\u0085x",
  "\u00a0",
  "\ud800",
  "a\udc00",
  "😀",
  "a".repeat(200),
  "a".repeat(201),
  "a".repeat(1000),
  "a".repeat(1001),
];
const IDS = [
  "a",
  "A1._:-z",
  "data-center",
  "-a",
  "a b",
  ".a",
  "中",
  "a".repeat(200),
  "a".repeat(201),
];
const DATES = [
  "2024-02-29",
  "2025-02-29",
  "1900-02-29",
  "2000-02-29",
  "0000-02-29",
  "0000-01-01",
  "0001-01-01",
  "9999-12-31",
  "2025-13-01",
  "2025-04-31",
  "2025-1-01",
  "2025-01-01T00:00",
  "20250101",
];
const MONTHS = ["2025-09", "2025-12", "2025-13", "2025-00", "2025-9", "0000-01", "99999-01"];
const NUMBERS = [
  0,
  1,
  2,
  999,
  1000,
  2025,
  9999,
  10000,
  100_000,
  100_001,
  1_000_000,
  1_000_001,
  10_000_000,
  10_000_001,
  1.5,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
];
const OTHERS = [true, false, null, undefined, "early", "mid", "late", "monthly", "hourly", [], {}];
const any = fc.oneof(
  fc.constantFrom(...TEXTS, ...IDS, ...DATES, ...MONTHS, ...NUMBERS, ...OTHERS),
  fc.string({ maxLength: 4 }),
  fc.integer(),
);
/** Mostly values a field accepts, sometimes anything (which `any` puts on the rules' edges). */
const good = <T>(values: readonly T[]): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: any });

const SHORT_TEXT = good(["甲", "省大数据中心", "x", "a\tb", "a\nb", "😀", "a".repeat(200)]);
const TITLE_TEXT = good(["甲", "政务窗口月报", "x", "a\tb", "😀", "a".repeat(1000)]);
const GOOD_DATES = ["2024-02-29", "2000-02-29", "0000-02-29", "0001-01-01", "9999-12-31"];

/** An object with `fields` (`required` ones mostly there), sometimes an extension, an unknown or a forbidden key. */
function objectOf(
  fields: Record<string, fc.Arbitrary<unknown>>,
  required: string[],
): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      fc.record(fields, { requiredKeys: required }),
      fc.constantFrom(undefined, undefined, undefined, "_ext", "extra", "constructor", "__proto__"),
      any,
      fc.oneof(
        { weight: 8, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom(...required) },
      ),
    )
    .map(([o, key, value, dropped]) => {
      const out = o as Record<string, unknown>;
      if (dropped !== null) delete out[dropped];
      if (key === undefined) return out;
      const extra: Record<string, unknown> = JSON.parse(`{${JSON.stringify(key)}: 1}`);
      extra[key] = value;
      return Object.assign(extra, out);
    });
}

const span = fc.oneof(
  fc.constantFrom(
    { kind: "day", date: "2025-09-08" },
    { kind: "range", start: "2025-09-16", end: "2025-09-18" },
    { kind: "xun", month: "2025-09", part: "late" },
    { kind: "month", month: "2025-09" },
    { kind: "year", year: 2025 },
  ),
  ...(
    [
      ["day", { date: good(GOOD_DATES) }],
      ["range", { start: good(GOOD_DATES), end: good(GOOD_DATES) }],
      ["xun", { month: good(["2025-09", "0000-01"]), part: good(["early", "mid", "late"]) }],
      ["month", { month: good(["2025-12", "2025-01"]) }],
      ["year", { year: good([1000, 9999]) }],
    ] as const
  ).map(([kind, fields]) =>
    objectOf({ kind: good([kind]), ...fields }, ["kind", ...Object.keys(fields)]),
  ),
  any,
);

const cases = [
  [
    "DepartmentSchema",
    DepartmentSchema,
    departmentProblem,
    objectOf(
      {
        id: good(["a", "A1._:-z", "data-center", "a".repeat(200)]),
        name: TITLE_TEXT,
        shortName: SHORT_TEXT,
        aliases: fc.oneof(fc.array(TITLE_TEXT, { maxLength: 3 }), any),
      },
      ["id", "name"],
    ),
  ],
  [
    "IssueSchema",
    IssueSchema,
    issueProblem,
    objectOf(
      {
        number: good([1, 9, 100_000]),
        year: good([1000, 2025, 9999]),
        totalNumber: good([1, 1_000_000]),
        supplement: good([true, false]),
        publishedOn: good(GOOD_DATES),
        period: span,
        editor: SHORT_TEXT,
        signer: SHORT_TEXT,
        copies: good([1, 10_000_000]),
      },
      ["number", "publishedOn"],
    ),
  ],
  [
    "PublicationSchema",
    PublicationSchema,
    publicationProblem,
    objectOf(
      {
        title: TITLE_TEXT,
        publisher: fc.oneof(objectOf({ name: TITLE_TEXT, shortName: SHORT_TEXT }, ["name"]), any),
        frequency: good(["daily", "weekly", "monthly", "irregular"]),
      },
      ["title", "publisher"],
    ),
  ],
] as const;

/** Whether a value or any object in it has an own `__proto__` key. */
const hasProtoKey = (value: unknown): boolean =>
  typeof value === "object" &&
  value !== null &&
  (Object.hasOwn(value, "__proto__") || Object.values(value).some(hasProtoKey));

describe("parse's option checks agree with schema", () => {
  test.each(cases)(
    "check-option-values: accepts exactly what %s accepts, on generated values around every rule",
    (_name, schema, problem, arbitrary) => {
      let accepted = 0;
      fc.assert(
        fc.property(fc.oneof({ weight: 9, arbitrary }, { weight: 1, arbitrary: any }), (value) => {
          // One deliberate difference: an own `__proto__` key. zod rebuilds the object, where
          // the key sets the prototype instead, so the schema alone lets it through;
          // validateBulletin refuses it (forbidden-key), and so does parse.
          const ok = !hasProtoKey(value) && schema.safeParse(value).success;
          if (ok) accepted++;
          expect(problem(value) === undefined, JSON.stringify(value)).toBe(ok);
        }),
        { numRuns: 3000 },
      );
      // The draws reach both verdicts often enough to mean something.
      expect(accepted).toBeGreaterThan(30);
    },
  );
});
