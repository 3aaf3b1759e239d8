import type { Bulletin } from "@bulletin/schema";

/** A small bulletin that is valid and lint-clean; every fixture below is a change of it. */
export function baseBulletin(): Bulletin {
  return {
    schemaVersion: "1",
    publication: {
      title: "政务窗口月报",
      publisher: { name: "四川省政府政务服务和公共资源交易服务中心", shortName: "省中心" },
      frequency: "monthly",
    },
    issue: {
      number: 9,
      year: 2025,
      publishedOn: "2025-11-10",
      period: { kind: "month", month: "2025-09" },
    },
    departments: [
      { id: "center", name: "四川省政府政务服务和公共资源交易服务中心", shortName: "省中心" },
      { id: "forestry", name: "四川省林业和草原局", shortName: "省林草局", aliases: ["林草局"] },
    ],
    metrics: [
      {
        id: "handled",
        label: "省本级办理政务服务事项",
        value: 58800,
        unit: "件",
        display: { scale: "万", fractionDigits: 2 },
        comparison: { basis: "yoy", previous: 50000, change: 17.6 },
      },
    ],
    sections: [
      {
        id: "overview",
        title: "2025年9月总体运行情况",
        kind: "overview",
        items: [
          {
            body: [
              [
                { type: "date", value: { kind: "month", month: "2025-09" } },
                "，省本级办理政务服务事项",
                { type: "metric", ref: "handled" },
                "。",
              ],
              {
                type: "table",
                caption: "表1 2025年9月政务服务事项办理情况",
                head: [[["窗口"], ["办件量"], ["同比"]]],
                rows: [
                  [["省本级"], [{ type: "metric", ref: "handled" }], ["+17.6%"]],
                  [[{ type: "department", ref: "forestry", text: "省林草局" }], ["1,234件"], ["/"]],
                ],
                notes: [
                  [
                    "注：数据截至",
                    { type: "date", value: { kind: "day", date: "2025-09-30" } },
                    "。",
                  ],
                ],
              },
            ],
          },
        ],
      },
      {
        id: "window-news",
        title: "窗口资讯",
        kind: "window-news",
        items: [
          {
            id: "forestry-check",
            date: { kind: "range", start: "2025-09-16", end: "2025-09-18" },
            departmentRefs: ["forestry"],
            body: [
              [
                { type: "department", ref: "forestry" },
                "窗口派出工作组，学习",
                { type: "title", text: "窗口工作人员行为规范" },
                "，推进",
                { type: "quote", text: "一网通办" },
                "。",
              ],
            ],
          },
          {
            date: { kind: "xun", month: "2025-09", part: "late" },
            departmentRefs: ["center"],
            body: [
              [
                { type: "department", ref: "center", text: "省中心" },
                { type: "emphasis", text: "试运行" },
              ],
            ],
          },
        ],
      },
    ],
    distribution: {
      reportTo: ["省政务管理办公室", "省中心领导"],
      issueTo: ["省直部门办事大厅"],
    },
  };
}

type Json = Record<string, unknown>;

/** Sets `value` at `path` in a fresh copy of the base bulletin (`undefined` deletes). */
export function withChange(
  path: readonly (string | number)[],
  value: unknown,
  base: unknown = baseBulletin(),
): Json {
  const copy = structuredClone(base) as Json;
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** A structurally invalid input: what parseBulletin must report, and where. */
export interface InvalidFixture {
  name: string;
  input: unknown;
  code: string;
  path: (string | number)[];
  /** JSON Schema cannot express this rule (well-formed Unicode); ajv is not asked. */
  schemaCannotTell?: boolean;
}

const S = ["sections", 1, "items", 0] as const;
const I = ["sections", 1, "items", 0, "body", 0] as const;
/** The table of the base bulletin. */
const T = ["sections", 0, "items", 0, "body", 1] as const;

export const invalidFixtures: InvalidFixture[] = [
  { name: "not an object", input: "bulletin", code: "invalid-type", path: [] },
  { name: "null", input: null, code: "invalid-type", path: [] },
  { name: "an array", input: [], code: "invalid-type", path: [] },
  {
    name: "schema version 2",
    input: withChange(["schemaVersion"], "2"),
    code: "unsupported-schema-version",
    path: ["schemaVersion"],
  },
  {
    name: "schema version as a number",
    input: withChange(["schemaVersion"], 1),
    code: "unsupported-schema-version",
    path: ["schemaVersion"],
  },
  {
    name: "missing schema version",
    input: withChange(["schemaVersion"], undefined),
    code: "missing-field",
    path: ["schemaVersion"],
  },
  {
    name: "missing publication",
    input: withChange(["publication"], undefined),
    code: "missing-field",
    path: ["publication"],
  },
  {
    name: "blank publication title",
    input: withChange(["publication", "title"], "   "),
    code: "empty-text",
    path: ["publication", "title"],
  },
  {
    name: "empty publication title",
    input: withChange(["publication", "title"], ""),
    code: "empty-text",
    path: ["publication", "title"],
  },
  {
    name: "publisher name a number",
    input: withChange(["publication", "publisher", "name"], 5),
    code: "invalid-type",
    path: ["publication", "publisher", "name"],
  },
  {
    name: "unknown frequency",
    input: withChange(["publication", "frequency"], "hourly"),
    code: "invalid-value",
    path: ["publication", "frequency"],
  },
  {
    name: "unknown key in publication",
    input: withChange(["publication", "editorInChief"], "x"),
    code: "unknown-key",
    path: ["publication", "editorInChief"],
  },
  {
    name: "unknown key at the root",
    input: withChange(["extra"], 1),
    code: "unknown-key",
    path: ["extra"],
  },
  {
    name: "constructor key",
    input: withChange(["constructor"], 1),
    code: "forbidden-key",
    path: ["constructor"],
  },
  {
    name: "prototype key in an item",
    input: withChange([...S, "prototype"], {}),
    code: "forbidden-key",
    path: [...S, "prototype"],
  },
  {
    name: "__proto__ key from JSON",
    input: JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(baseBulletin()).slice(1)}`),
    code: "forbidden-key",
    path: ["__proto__"],
  },
  {
    name: "issue number zero",
    input: withChange(["issue", "number"], 0),
    code: "out-of-range",
    path: ["issue", "number"],
  },
  {
    name: "issue number fractional",
    input: withChange(["issue", "number"], 9.5),
    code: "not-integer",
    path: ["issue", "number"],
  },
  {
    name: "issue number as text",
    input: withChange(["issue", "number"], "第9期"),
    code: "invalid-type",
    path: ["issue", "number"],
  },
  {
    name: "issue number NaN",
    input: withChange(["issue", "number"], Number.NaN),
    code: "invalid-type",
    path: ["issue", "number"],
  },
  {
    name: "year with two digits",
    input: withChange(["issue", "year"], 25),
    code: "out-of-range",
    path: ["issue", "year"],
  },
  {
    name: "publication date 2025-02-30",
    input: withChange(["issue", "publishedOn"], "2025-02-30"),
    code: "invalid-date",
    path: ["issue", "publishedOn"],
  },
  {
    name: "publication date in Chinese",
    input: withChange(["issue", "publishedOn"], "2025年11月10日"),
    code: "invalid-date",
    path: ["issue", "publishedOn"],
  },
  {
    name: "publication date 2023-02-29 (not a leap year)",
    input: withChange(["issue", "publishedOn"], "2023-02-29"),
    code: "invalid-date",
    path: ["issue", "publishedOn"],
  },
  {
    name: "missing publication date",
    input: withChange(["issue", "publishedOn"], undefined),
    code: "missing-field",
    path: ["issue", "publishedOn"],
  },
  {
    name: "period month 13",
    input: withChange(["issue", "period"], { kind: "month", month: "2025-13" }),
    code: "invalid-month",
    path: ["issue", "period", "month"],
  },
  {
    name: "period of unknown kind",
    input: withChange(["issue", "period"], { kind: "week", week: 3 }),
    code: "invalid-value",
    path: ["issue", "period", "kind"],
  },
  {
    name: "period without kind",
    input: withChange(["issue", "period"], { month: "2025-09" }),
    code: "missing-field",
    path: ["issue", "period", "kind"],
  },
  {
    name: "xun part unknown",
    input: withChange([...S, "date"], { kind: "xun", month: "2025-09", part: "end" }),
    code: "invalid-value",
    path: [...S, "date", "part"],
  },
  {
    name: "range with a bad end",
    input: withChange([...S, "date"], { kind: "range", start: "2025-09-16", end: "2025-09-31" }),
    code: "invalid-date",
    path: [...S, "date", "end"],
  },
  {
    name: "copies negative",
    input: withChange(["issue", "copies"], -3),
    code: "out-of-range",
    path: ["issue", "copies"],
  },
  {
    name: "departments not an array",
    input: withChange(["departments"], {}),
    code: "invalid-type",
    path: ["departments"],
  },
  {
    name: "department id with a space",
    input: withChange(["departments", 0, "id"], "省 中心"),
    code: "invalid-id",
    path: ["departments", 0, "id"],
  },
  {
    name: "department without name",
    input: withChange(["departments", 1, "name"], undefined),
    code: "missing-field",
    path: ["departments", 1, "name"],
  },
  {
    name: "department alias blank",
    input: withChange(["departments", 1, "aliases"], [" "]),
    code: "empty-text",
    path: ["departments", 1, "aliases", 0],
  },
  {
    name: "metric value Infinity",
    input: withChange(["metrics", 0, "value"], Number.POSITIVE_INFINITY),
    code: "invalid-type",
    path: ["metrics", 0, "value"],
  },
  {
    name: "metric value beyond safe integers",
    input: withChange(["metrics", 0, "value"], 2 ** 60),
    code: "out-of-range",
    path: ["metrics", 0, "value"],
  },
  {
    name: "metric value as text",
    input: withChange(["metrics", 0, "value"], "5.88万"),
    code: "invalid-type",
    path: ["metrics", 0, "value"],
  },
  {
    name: "metric scale 千",
    input: withChange(["metrics", 0, "display", "scale"], "千"),
    code: "invalid-value",
    path: ["metrics", 0, "display", "scale"],
  },
  {
    name: "metric fractionDigits 7",
    input: withChange(["metrics", 0, "display", "fractionDigits"], 7),
    code: "out-of-range",
    path: ["metrics", 0, "display", "fractionDigits"],
  },
  {
    name: "metric fractionDigits -1",
    input: withChange(["metrics", 0, "display", "fractionDigits"], -1),
    code: "out-of-range",
    path: ["metrics", 0, "display", "fractionDigits"],
  },
  {
    name: "metric fractionDigits 1.5",
    input: withChange(["metrics", 0, "display", "fractionDigits"], 1.5),
    code: "not-integer",
    path: ["metrics", 0, "display", "fractionDigits"],
  },
  {
    name: "comparison basis qoq",
    input: withChange(["metrics", 0, "comparison", "basis"], "qoq"),
    code: "invalid-value",
    path: ["metrics", 0, "comparison", "basis"],
  },
  {
    name: "approximation mark 约 (only 余 and 多 follow a number)",
    input: withChange(["metrics", 0, "approximate"], { mark: "约" }),
    code: "invalid-value",
    path: ["metrics", 0, "approximate", "mark"],
  },
  {
    name: "approximation without its mark",
    input: withChange(["metrics", 0, "approximate"], { at: "scale" }),
    code: "missing-field",
    path: ["metrics", 0, "approximate", "mark"],
  },
  {
    name: "approximation mark at the unit",
    input: withChange(["metrics", 0, "approximate"], { mark: "余", at: "unit" }),
    code: "invalid-value",
    path: ["metrics", 0, "approximate", "at"],
  },
  {
    name: "metric without unit",
    input: withChange(["metrics", 0, "unit"], undefined),
    code: "missing-field",
    path: ["metrics", 0, "unit"],
  },
  {
    name: "section title blank",
    input: withChange(["sections", 0, "title"], "\u3000"),
    code: "empty-text",
    path: ["sections", 0, "title"],
  },
  {
    name: "section without items",
    input: withChange(["sections", 0, "items"], undefined),
    code: "missing-field",
    path: ["sections", 0, "items"],
  },
  {
    name: "empty paragraph",
    input: withChange([...S, "body", 0], []),
    code: "too-short",
    path: [...S, "body", 0],
  },
  {
    name: "inline of unknown type",
    input: withChange([...I, 0], { type: "link", href: "x" }),
    code: "invalid-value",
    path: [...I, 0, "type"],
  },
  {
    name: "inline number",
    input: withChange([...I, 1], 42),
    code: "invalid-inline",
    path: [...I, 1],
  },
  {
    name: "inline empty string",
    input: withChange([...I, 1], ""),
    code: "empty-text",
    path: [...I, 1],
  },
  {
    name: "metric inline without ref",
    input: withChange([...I, 0], { type: "metric" }),
    code: "missing-field",
    path: [...I, 0, "ref"],
  },
  {
    name: "title inline with blank text",
    input: withChange([...I, 2], { type: "title", text: " " }),
    code: "empty-text",
    path: [...I, 2, "text"],
  },
  {
    name: "date inline with a bad date",
    input: withChange([...I, 0], { type: "date", value: { kind: "day", date: "2025-9-8" } }),
    code: "invalid-date",
    path: [...I, 0, "value", "date"],
  },
  {
    name: "quote with a lone surrogate",
    input: withChange([...I, 4], { type: "quote", text: "一网\uD800通办" }),
    code: "invalid-text",
    path: [...I, 4, "text"],
    schemaCannotTell: true,
  },
  {
    name: "10 MB title",
    input: withChange(["publication", "title"], "报".repeat(10 * 2 ** 20)),
    code: "too-long",
    path: ["publication", "title"],
  },
  {
    name: "distribution list of numbers",
    input: withChange(["distribution", "reportTo"], [1]),
    code: "invalid-type",
    path: ["distribution", "reportTo", 0],
  },
  {
    name: "unknown distribution key",
    input: withChange(["distribution", "cc"], ["x"]),
    code: "unknown-key",
    path: ["distribution", "cc"],
  },
  {
    name: "table without rows",
    input: withChange([...T, "rows"], []),
    code: "too-short",
    path: [...T, "rows"],
  },
  {
    name: "table without a rows field",
    input: withChange([...T, "rows"], undefined),
    code: "missing-field",
    path: [...T, "rows"],
  },
  {
    name: "table row without cells",
    input: withChange([...T, "rows", 1], []),
    code: "too-short",
    path: [...T, "rows", 1],
  },
  {
    name: "table head of no rows",
    input: withChange([...T, "head"], []),
    code: "too-short",
    path: [...T, "head"],
  },
  {
    name: "table cell written as a bare string",
    input: withChange([...T, "rows", 0, 0], "省本级"),
    code: "invalid-type",
    path: [...T, "rows", 0, 0],
  },
  {
    name: "table cell that spans zero columns",
    input: withChange([...T, "head", 0, 1], { content: ["办件量"], colSpan: 0 }),
    code: "out-of-range",
    path: [...T, "head", 0, 1, "colSpan"],
  },
  {
    name: "table cell that spans 1.5 rows",
    input: withChange([...T, "head", 0, 0], { content: ["窗口"], rowSpan: 1.5 }),
    code: "not-integer",
    path: [...T, "head", 0, 0, "rowSpan"],
  },
  {
    name: "spanning cell without content",
    input: withChange([...T, "head", 0, 1], { colSpan: 2 }),
    code: "missing-field",
    path: [...T, "head", 0, 1, "content"],
  },
  {
    name: "unknown key in a spanning cell",
    input: withChange([...T, "head", 0, 1], { content: ["办件量"], align: "center" }),
    code: "unknown-key",
    path: [...T, "head", 0, 1, "align"],
  },
  {
    name: "inline of unknown type in a table cell",
    input: withChange([...T, "rows", 0, 1, 0], { type: "link", href: "x" }),
    code: "invalid-value",
    path: [...T, "rows", 0, 1, 0, "type"],
  },
  {
    name: "unknown key in a table",
    input: withChange([...T, "title"], "表1"),
    code: "unknown-key",
    path: [...T, "title"],
  },
  {
    name: "blank table caption",
    input: withChange([...T, "caption"], " "),
    code: "empty-text",
    path: [...T, "caption"],
  },
  {
    name: "empty table note",
    input: withChange([...T, "notes", 0], []),
    code: "too-short",
    path: [...T, "notes", 0],
  },
  {
    name: "block of unknown type",
    input: withChange([...T, "type"], "figure"),
    code: "invalid-value",
    path: [...T, "type"],
  },
  {
    name: "departmentRefs with a bad id",
    input: withChange([...S, "departmentRefs"], ["a b"]),
    code: "invalid-id",
    path: [...S, "departmentRefs", 0],
  },
];

/** A structurally valid bulletin that breaks a semantic rule. */
export interface LintFixture {
  name: string;
  input: Bulletin;
  code: string;
  path: (string | number)[];
  severity: "error" | "warning" | "info";
}

const L = (path: (string | number)[], value: unknown): Bulletin =>
  withChange(path, value) as unknown as Bulletin;

export const lintFixtures: LintFixture[] = [
  {
    name: "metric ref that does not resolve",
    input: L([...["sections", 0, "items", 0, "body", 0], 2], { type: "metric", ref: "nope" }),
    code: "unresolved-metric-ref",
    path: ["sections", 0, "items", 0, "body", 0, 2, "ref"],
    severity: "error",
  },
  {
    name: "department ref that does not resolve",
    input: L([...I, 0], { type: "department", ref: "nope" }),
    code: "unresolved-department-ref",
    path: [...I, 0, "ref"],
    severity: "error",
  },
  {
    name: "item departmentRefs that do not resolve",
    input: L([...S, "departmentRefs"], ["forestry", "ghost"]),
    code: "unresolved-department-ref",
    path: [...S, "departmentRefs", 1],
    severity: "error",
  },
  {
    name: "duplicate department id",
    input: L(["departments", 1, "id"], "center"),
    code: "duplicate-id",
    path: ["departments", 1, "id"],
    severity: "error",
  },
  {
    name: "duplicate metric id",
    input: L(["metrics", 1], { id: "handled", label: "x", value: 1, unit: "件" }),
    code: "duplicate-id",
    path: ["metrics", 1, "id"],
    severity: "error",
  },
  {
    name: "item id equal to a section id",
    input: L([...S, "id"], "overview"),
    code: "duplicate-id",
    path: [...S, "id"],
    severity: "error",
  },
  {
    name: "range that ends before it starts",
    input: L([...S, "date"], { kind: "range", start: "2025-09-18", end: "2025-09-16" }),
    code: "range-reversed",
    path: [...S, "date"],
    severity: "error",
  },
  {
    name: "reversed period",
    input: L(["issue", "period"], { kind: "range", start: "2025-09-30", end: "2025-09-01" }),
    code: "range-reversed",
    path: ["issue", "period"],
    severity: "error",
  },
  {
    name: "published before the period ends",
    input: L(["issue", "publishedOn"], "2025-09-20"),
    code: "published-before-period-end",
    path: ["issue", "publishedOn"],
    severity: "warning",
  },
  {
    name: "item date outside period and month",
    input: L([...S, "date"], { kind: "day", date: "2025-07-01" }),
    code: "date-outside-period",
    path: [...S, "date"],
    severity: "warning",
  },
  {
    name: "department text that is not a known name",
    input: L([...I, 0], { type: "department", ref: "forestry", text: "林业局" }),
    code: "department-text-mismatch",
    path: [...I, 0, "text"],
    severity: "warning",
  },
  {
    name: "metric text that does not read as its value",
    input: L([...["sections", 0, "items", 0, "body", 0], 2], {
      type: "metric",
      ref: "handled",
      text: "五万八千件",
    }),
    code: "metric-text-mismatch",
    path: ["sections", 0, "items", 0, "body", 0, 2, "text"],
    severity: "warning",
  },
  {
    name: "comparison that does not add up",
    input: L(["metrics", 0, "comparison", "change"], 30),
    code: "comparison-mismatch",
    path: ["metrics", 0, "comparison", "change"],
    severity: "warning",
  },
  {
    name: "total number below number",
    input: L(["issue", "totalNumber"], 3),
    code: "total-number-below-number",
    path: ["issue", "totalNumber"],
    severity: "warning",
  },
  {
    name: "section without items",
    input: L(["sections", 1, "items"], []),
    code: "empty-section",
    path: ["sections", 1, "items"],
    severity: "warning",
  },
  {
    name: "table row wider than the head",
    input: L([...T, "rows", 1, 3], ["多余"]),
    code: "table-width-mismatch",
    path: [...T, "rows", 1],
    severity: "error",
  },
  {
    name: "head row that forgets the column a rowSpan holds",
    input: L(
      [...T, "head"],
      [
        [
          { content: ["窗口"], rowSpan: 2 },
          { content: ["办件量"], colSpan: 2 },
        ],
        [["本月"], ["同比"], ["环比"]],
      ],
    ),
    code: "table-width-mismatch",
    path: [...T, "head", 1],
    severity: "error",
  },
  {
    name: "table cell that spans past the last row",
    input: L([...T, "rows", 1, 0], { content: ["省林草局"], rowSpan: 2 }),
    code: "table-span-overflow",
    path: [...T, "rows", 1, 0, "rowSpan"],
    severity: "error",
  },
  {
    name: "table cell that runs into a column held from the row above",
    input: L(
      [...T, "rows"],
      [
        [["省本级"], { content: ["5.88万件"], rowSpan: 2 }, ["+17.6%"]],
        [{ content: ["省林草局"], colSpan: 2 }, ["/"]],
      ],
    ),
    code: "table-span-overlap",
    path: [...T, "rows", 1, 0],
    severity: "error",
  },
  {
    name: "table whose every cell is blank",
    input: L([...T], {
      type: "table",
      rows: [
        [[], []],
        [[], { content: [] }],
      ],
    }),
    code: "empty-table",
    path: [...T],
    severity: "error",
  },
  {
    name: "metric ref in a table cell that does not resolve",
    input: L([...T, "rows", 0, 1, 0], { type: "metric", ref: "nope" }),
    code: "unresolved-metric-ref",
    path: [...T, "rows", 0, 1, 0, "ref"],
    severity: "error",
  },
  {
    name: "department ref in a spanning cell that does not resolve",
    input: L([...T, "head", 0, 0], { content: [{ type: "department", ref: "ghost" }] }),
    code: "unresolved-department-ref",
    path: [...T, "head", 0, 0, "content", 0, "ref"],
    severity: "error",
  },
  {
    name: "reversed date in a table note",
    input: L([...T, "notes", 0, 1], {
      type: "date",
      value: { kind: "range", start: "2025-09-30", end: "2025-09-01" },
    }),
    code: "range-reversed",
    path: [...T, "notes", 0, 1, "value"],
    severity: "error",
  },
  {
    name: "table whose head spans two rows (Markdown writes it as text rows)",
    input: L(
      [...T, "head"],
      [
        [
          { content: ["窗口"], rowSpan: 2 },
          { content: ["办件量"], colSpan: 2 },
        ],
        [["本月"], ["同比"]],
      ],
    ),
    code: "table-markdown-fallback",
    path: [...T],
    severity: "info",
  },
  {
    name: "metric never referenced",
    input: L(["metrics", 1], { id: "unused", label: "x", value: 1, unit: "件" }),
    code: "unused-metric",
    path: ["metrics", 1],
    severity: "info",
  },
];
