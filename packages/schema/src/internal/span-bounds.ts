import type { DateSpan } from "../schemas";

function lastDay(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, "0")}`;
}

/** The first and last ISO dates a span covers (上旬 1–10, 中旬 11–20, 下旬 21–end). */
export function spanBounds(span: DateSpan): [start: string, end: string] {
  switch (span.kind) {
    case "day":
      return [span.date, span.date];
    case "range":
      return [span.start, span.end];
    case "xun":
      if (span.part === "early") return [`${span.month}-01`, `${span.month}-10`];
      if (span.part === "mid") return [`${span.month}-11`, `${span.month}-20`];
      return [`${span.month}-21`, lastDay(span.month)];
    case "month":
      return [`${span.month}-01`, lastDay(span.month)];
    case "year": {
      const y = String(span.year).padStart(4, "0");
      return [`${y}-01-01`, `${y}-12-31`];
    }
  }
}

/** A short human form of a span for messages: `2025-09-16..2025-09-18`. */
export function spanLabel(span: DateSpan): string {
  const [start, end] = spanBounds(span);
  return start === end ? start : `${start}..${end}`;
}
