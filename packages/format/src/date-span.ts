/**
 * A date or a span of dates as a bulletin writes it (design.md): one day, a range of days, a 旬
 * (上旬 1–10, 中旬 11–20, 下旬 21 to the end of the month), a month or a year. Dates are
 * `YYYY-MM-DD`, months `YYYY-MM`. `@bulletin/schema` infers the same shape from its zod schema.
 *
 * @example
 * ```ts
 * const span: DateSpan = { kind: "range", start: "2025-09-16", end: "2025-09-18" };
 * formatDateSpan(span, { referenceYear: 2025 });
 * //=> "9月16日—18日"
 * ```
 */
export type DateSpan =
  | { kind: "day"; date: string }
  | { kind: "range"; start: string; end: string }
  | { kind: "xun"; month: string; part: "early" | "mid" | "late" }
  | { kind: "month"; month: string }
  | { kind: "year"; year: number };
