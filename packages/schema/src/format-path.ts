import type { IssuePath } from "./issues";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes a path the way a person reads it in code: `sections[3].items[0].date`.
 * Keys that are not identifiers are quoted: `publication["发布单位"]`. The root is `(root)`.
 *
 * @param path - keys and indexes from the root of the bulletin
 * @returns the path in dotted form
 * @example
 * ```ts
 * import { formatPath } from "@bulletin/schema";
 * formatPath(["sections", 3, "items", 0, "date"]); //=> "sections[3].items[0].date"
 * ```
 */
export function formatPath(path: readonly (string | number)[] | IssuePath): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === "" ? "(root)" : out;
}
