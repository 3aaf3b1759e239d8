import type { ValidationIssue } from "./issues";

/**
 * Thrown by {@link parseBulletin} when the input is not a valid bulletin. `issues` holds every
 * problem (not only the first), each with a code, a path and a message.
 *
 * @example
 * ```ts
 * try { parseBulletin({}); } catch (e) {
 *   if (e instanceof BulletinValidationError) e.issues[0]?.code; //=> "missing-field"
 * }
 * ```
 */
export class BulletinValidationError extends Error {
  override readonly name = "BulletinValidationError";
  readonly code = "invalid-bulletin" as const;
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[], options?: { cause?: unknown }) {
    const errors = issues.filter((i) => i.severity === "error");
    const shown = errors.slice(0, 5).map((i) => `- ${i.message}`);
    const more = errors.length > 5 ? [`- … ${errors.length - 5} more`] : [];
    super(
      [`Invalid bulletin: ${errors.length} error(s)`, ...shown, ...more].join("\n"),
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.issues = issues;
  }
}
