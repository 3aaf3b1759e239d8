import type { Bulletin } from "@bulletin/schema";

/**
 * The part of `parseBulletinText`'s result that {@link completed} reads, written out here so that
 * the testkit does not need `@bulletin/parse` built to type-check (schema's tests use the testkit
 * too, and schema is built before parse).
 */
export type ParseResultLike =
  | { complete: true; bulletin: Bulletin }
  | { complete: false; missing: readonly string[] };

/** The bulletin of a complete result; a test that expects one fails loudly on a draft. */
export function completed(result: ParseResultLike): Bulletin {
  if (!result.complete) throw new Error(`incomplete parse: missing ${result.missing.join(", ")}`);
  return result.bulletin;
}
