import { formatPath } from "../format-path";
import type { IssuePath, Locale, Severity, ValidationIssue, ValidationIssueCode } from "../issues";
import { formatMessage } from "../messages";

/** Builds an issue with its message in the locale; `params` are the facts of the message. */
export function makeIssue(
  code: ValidationIssueCode,
  path: IssuePath,
  params: Record<string, unknown>,
  locale: Locale,
  severity: Severity = "error",
): ValidationIssue {
  return {
    code,
    path,
    severity,
    message: formatMessage(code, { ...params, path: formatPath(path) }, locale),
    params,
  };
}
