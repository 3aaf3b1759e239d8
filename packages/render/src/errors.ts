import { BulletinError } from "@bulletin/format";

/**
 * The codes a {@link RenderError} can carry.
 *
 * @example
 * ```ts
 * let code: RenderErrorCode | undefined;
 * try {
 *   renderText({ ...issue9, metrics: [] });
 * } catch (error) {
 *   if (error instanceof RenderError) code = error.code;
 * }
 * code; //=> "unresolved-metric-ref"
 * ```
 */
export type RenderErrorCode =
  /** A `{ type: "metric", ref }` names a metric the bulletin does not have. */
  | "unresolved-metric-ref"
  /** A department inline or `departmentRefs` entry names a department the bulletin does not have. */
  | "unresolved-department-ref"
  /** A value the formatters cannot write (an impossible date, a number out of range). */
  | "invalid-value"
  /** A replaced component returned something that is not `SafeHtml`. */
  | "invalid-component-output"
  /** An option has a value the renderer does not know. */
  | "invalid-option";

/**
 * Thrown by the renderers when a bulletin cannot be rendered: a reference that does not
 * resolve, a value the formatters reject, a bad option or a component that returned a plain
 * string. Validate input with `validateBulletin` from `@bulletin/schema` first and only the
 * last two can happen. `path` is the JSON path (an array, as schema's `IssuePath`) of the value
 * at fault in the bulletin, or of the option at fault (`["dateStyle"]`). A `BulletinError`, like
 * every error of the toolkit.
 *
 * @example
 * ```ts
 * try {
 *   renderText(bulletinWithDanglingRef);
 * } catch (error) {
 *   if (error instanceof RenderError) [error.code, error.path];
 *   //=> ["unresolved-metric-ref", ["sections", 0, "items", 0, "body", 0, 2]]
 * }
 * ```
 */
export class RenderError extends BulletinError<RenderErrorCode> {
  static override readonly name: string = "RenderError";
  override readonly name = "RenderError";
}
