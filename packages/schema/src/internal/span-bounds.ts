import { dateSpanBounds } from "@bulletin/format";
import type { DateSpan } from "../schemas";

/** The first and last ISO dates a span covers: format's `dateSpanBounds`, the one place. */
export const spanBounds: (span: DateSpan) => [start: string, end: string] = dateSpanBounds;

/** A short human form of a span for messages: `2025-09-16..2025-09-18`. */
export function spanLabel(span: DateSpan): string {
  const [start, end] = spanBounds(span);
  return start === end ? start : `${start}..${end}`;
}
