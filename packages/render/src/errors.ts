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
 * last two can happen.
 *
 * @example
 * ```ts
 * try {
 *   renderText(bulletinWithDanglingRef);
 * } catch (error) {
 *   if (error instanceof RenderError) error.code; //=> "unresolved-metric-ref"
 * }
 * ```
 */
export class RenderError extends Error {
  override readonly name = "RenderError";
  /** What went wrong, stable across versions. */
  readonly code: RenderErrorCode;
  /** Where in the bulletin (`sections[1].items[0].body[0][3]`), when the problem is in the data. */
  readonly path: string | undefined;

  constructor(
    code: RenderErrorCode,
    message: string,
    options: { path?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.path = options.path;
  }
}
