/**
 * The version of the bulletin model these schemas describe. Every document carries it
 * as `schemaVersion`; a document of another version is rejected with
 * `unsupported-schema-version`.
 *
 * @example
 * ```ts
 * import { SCHEMA_VERSION } from "@bulletin/schema";
 * SCHEMA_VERSION; //=> "1"
 * ```
 */
export const SCHEMA_VERSION = "1" as const;
