import { isValidIsoDate } from "@bulletin/format";
import { YEAR_RANGE } from "@bulletin/schema/constants";

// The checks schema's DepartmentSchema, IssueSchema and PublicationSchema make, without zod, so
// that parse's bundle does not pull zod in for its options (issue 16). A copy of schema's rules
// for these three objects: test/option-values.test.ts runs both on generated values and
// requires the same verdict, so the copy cannot drift.

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const SHORT = 200;
const TITLE = 1_000;
const FREQUENCIES = ["daily", "weekly", "biweekly", "monthly", "quarterly", "yearly", "irregular"];

/** Why a value is refused, in each locale (`.name 不是文本` / `.name is not text`). */
export interface Reason {
  "zh-CN": string;
  en: string;
}

/** A check: the reason a value is refused, or undefined when it is fine. */
type Check = (value: unknown) => Reason | undefined;

const reason = (zh: string, en: string): Reason => ({ "zh-CN": zh, en });

const text =
  (max: number): Check =>
  (v) =>
    typeof v !== "string"
      ? reason("不是文本", "is not text")
      : v.length < 1 || v.length > max
        ? reason(`长度不在 1–${max} 个字符之间`, `is not 1–${max} characters long`)
        : v.trim() === "" || !v.isWellFormed() || CONTROL.test(v)
          ? reason(
              "为空，或含有控制字符或孤立的代理项",
              "is empty or holds a control character or a lone surrogate",
            )
          : undefined;

const integer =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === "number" && Number.isInteger(v) && v >= min && v <= max
      ? undefined
      : reason(`不是 ${min} 到 ${max} 之间的整数`, `is not an integer from ${min} to ${max}`);

const id: Check = (v) =>
  typeof v === "string" && v.length <= SHORT && ID.test(v)
    ? undefined
    : reason("不是有效的 id", "is not an id");

// zod's ISO date accepts the year 0000, which the Gregorian rule makes a leap year like 2000.
const date: Check = (v) =>
  typeof v === "string" &&
  (isValidIsoDate(v) || (v.startsWith("0000-") && isValidIsoDate(`2000${v.slice(4)}`)))
    ? undefined
    : reason("不是 YYYY-MM-DD 格式的日期", "is not a date YYYY-MM-DD");

const month: Check = (v) =>
  typeof v === "string" && MONTH.test(v)
    ? undefined
    : reason("不是 YYYY-MM 格式的月份", "is not a month YYYY-MM");

const oneOf =
  (values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v)
      ? undefined
      : reason(`不是 ${values.join("、")} 之一`, `is not one of ${values.join(", ")}`);

const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined ? undefined : check(v);

/** An object of the model: known fields checked, `_` extensions kept, any other key refused. */
const object =
  (fields: Record<string, Check>): Check =>
  (v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v))
      return reason("不是对象", "is not an object");
    for (const key of Object.keys(v)) {
      if (Object.hasOwn(fields, key)) continue;
      if (FORBIDDEN_KEYS.has(key) || key.charCodeAt(0) !== 95)
        return reason(`含有未知的键 ${key}`, `has the unknown key ${key}`);
    }
    for (const [key, check] of Object.entries(fields)) {
      const problem = check((v as Record<string, unknown>)[key]);
      if (problem !== undefined)
        return reason(`.${key} ${problem["zh-CN"]}`, `.${key} ${problem.en}`);
    }
    return undefined;
  };

const year = integer(YEAR_RANGE.min, YEAR_RANGE.max);

const SPANS: Record<string, Check> = {
  day: object({ kind: oneOf(["day"]), date }),
  range: object({ kind: oneOf(["range"]), start: date, end: date }),
  xun: object({ kind: oneOf(["xun"]), month, part: oneOf(["early", "mid", "late"]) }),
  month: object({ kind: oneOf(["month"]), month }),
  year: object({ kind: oneOf(["year"]), year }),
};

const dateSpan: Check = (v) => {
  const kind = (v as { kind?: unknown } | null)?.kind;
  const check = typeof kind === "string" && Object.hasOwn(SPANS, kind) ? SPANS[kind] : undefined;
  if (typeof v !== "object" || v === null || Array.isArray(v))
    return reason("不是日期范围", "is not a date span");
  return check ? check(v) : reason("不是已知种类的日期范围", "is not a date span of a known kind");
};

/** Why a value is not a department of the model (as DepartmentSchema decides), or undefined. */
export const departmentProblem: Check = object({
  id,
  name: text(TITLE),
  shortName: optional(text(SHORT)),
  aliases: optional((v) =>
    Array.isArray(v)
      ? v.map(text(TITLE)).find((problem) => problem !== undefined)
      : reason("不是数组", "is not an array"),
  ),
});

/** Why a value is not an issue of the model (as IssueSchema decides), or undefined. */
export const issueProblem: Check = object({
  number: integer(1, 100_000),
  year: optional(year),
  totalNumber: optional(integer(1, 1_000_000)),
  supplement: optional(oneOf([true, false])),
  publishedOn: date,
  period: optional(dateSpan),
  editor: optional(text(SHORT)),
  signer: optional(text(SHORT)),
  copies: optional(integer(1, 10_000_000)),
});

/** Why a value is not a publication of the model (as PublicationSchema decides), or undefined. */
export const publicationProblem: Check = object({
  title: text(TITLE),
  publisher: object({ name: text(TITLE), shortName: optional(text(SHORT)) }),
  frequency: optional(oneOf(FREQUENCIES)),
});
