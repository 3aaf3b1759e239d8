import { BulletinError, type Locale, localeOf } from "@bulletin/format";
import type { ValidationIssue } from "./issues";

const HEADER: Record<Locale, (errors: number) => string> = {
  "zh-CN": (n) => `简报无效：${n} 个错误`,
  en: (n) => `Invalid bulletin: ${n} error(s)`,
};
const MORE: Record<Locale, (n: number) => string> = {
  "zh-CN": (n) => `- …… 另有 ${n} 个`,
  en: (n) => `- … ${n} more`,
};

/**
 * Thrown by {@link parseBulletin} when the input is not a valid bulletin. `issues` holds every
 * problem (not only the first), each with a code, a path and a message; the message lists the
 * first five under a header in the caller's `locale` (`zh-CN` by default, as the issues are).
 * `path` is the first error's path. A {@link BulletinError}, like every error of the toolkit.
 *
 * @example
 * ```ts
 * try { parseBulletin({}, { locale: "en" }); } catch (e) {
 *   if (e instanceof BulletinValidationError) [e.issues[0]?.code, e.message.split("\n")[0]];
 *   //=> ["missing-field", "Invalid bulletin: 6 error(s)"]
 * }
 * ```
 */
export class BulletinValidationError extends BulletinError<"invalid-bulletin"> {
  static override readonly name: string = "BulletinValidationError";
  override readonly name = "BulletinValidationError";
  readonly issues: ValidationIssue[];

  /**
   * @param issues - every issue found (the message shows the first five errors)
   * @param options - `locale` of the header line (`zh-CN` by default) and the `cause`
   */
  constructor(issues: ValidationIssue[], options: { cause?: unknown; locale?: Locale } = {}) {
    const locale = localeOf(options.locale);
    const errors = issues.filter((i) => i.severity === "error");
    const shown = errors.slice(0, 5).map((i) => `- ${i.message}`);
    const more = errors.length > 5 ? [MORE[locale](errors.length - 5)] : [];
    const path = errors[0]?.path;
    super("invalid-bulletin", [HEADER[locale](errors.length), ...shown, ...more].join("\n"), {
      cause: options.cause,
      ...(path === undefined ? {} : { path }),
    });
    this.issues = issues;
  }
}
