import type { ParseBulletinTextResult } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";

/** The bulletin of a complete result; a test that expects one fails loudly on a draft. */
export function completed(result: ParseBulletinTextResult): Bulletin {
  if (!result.complete) throw new Error(`incomplete parse: missing ${result.missing.join(", ")}`);
  return result.bulletin;
}
