/**
 * The model's constants without zod: what `@bulletin/schema/constants` exports, for packages
 * (render, parse) and apps that need the schema version, the section kinds, the distribution
 * roles or the year range but not the validators. Importing this entry does not bundle zod.
 */
export { SCHEMA_VERSION } from "./version";

/**
 * The section kinds that carry meaning for the toolkit; any other `kind` is free text. A
 * section of kind `editorNote` (`"editor-note"`) is an editor's note (编者按): renderers print
 * it unnumbered before the numbered sections, and the text reader gives a `编者按` block this
 * kind.
 *
 * @example
 * ```ts
 * import { SECTION_KINDS } from "@bulletin/schema/constants";
 * SECTION_KINDS.editorNote; //=> "editor-note"
 * ```
 */
export const SECTION_KINDS = { editorNote: "editor-note" } as const;

/**
 * The lists of a bulletin's tail (版记), in the order GB/T 9704-2012 prints them: each field of
 * `Distribution` with the label printed before its entries (`报：…。`).
 *
 * @example
 * ```ts
 * import { DISTRIBUTION_ROLES } from "@bulletin/schema/constants";
 * DISTRIBUTION_ROLES.map(([field, label]) => `${label}=${field}`).join(" ");
 * //=> "报=reportTo 送=sendTo 发=issueTo 抄送=copyTo"
 * ```
 */
export const DISTRIBUTION_ROLES = [
  ["reportTo", "报"],
  ["sendTo", "送"],
  ["issueTo", "发"],
  ["copyTo", "抄送"],
] as const;

/**
 * The years the model accepts, inclusive: `issue.year`, a `year` span, and the year of every
 * date and month (four digits, no year 0–999).
 *
 * @example
 * ```ts
 * import { YEAR_RANGE } from "@bulletin/schema/constants";
 * [YEAR_RANGE.min, YEAR_RANGE.max]; //=> [1000, 9999]
 * ```
 */
export const YEAR_RANGE = { min: 1000, max: 9999 } as const;
