import type { IssuePath, Locale, ValidationIssue } from "../issues";
import { LIMITS } from "./limits";
import { makeIssue } from "./make-issue";

interface Frame {
  value: object;
  depth: number;
  parent: Frame | undefined;
  key: string | number;
}

function pathOf(frame: Frame | undefined, last?: string): IssuePath {
  const path: IssuePath = last === undefined ? [] : [last];
  for (let f = frame; f?.parent !== undefined; f = f.parent) path.unshift(f.key);
  return path;
}

/**
 * A walk over raw input, before zod sees it, for what zod cannot report: nesting deeper than
 * `LIMITS.depth` (iterative, so 10^5 levels cost no stack) and own `__proto__` keys
 * (JSON.parse creates them; zod drops them silently). `constructor` and `prototype` keys are
 * reported by the schemas themselves. Paths are built only for the issues found.
 */
export function inspectInput(input: unknown, locale: Locale): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (typeof input !== "object" || input === null) return issues;
  const stack: Frame[] = [{ value: input, depth: 0, parent: undefined, key: "" }];
  while (stack.length > 0 && issues.length < 100) {
    const frame = stack.pop()!;
    const { value, depth } = frame;
    if (depth >= LIMITS.depth) {
      issues.push(makeIssue("too-deep", pathOf(frame), { max: LIMITS.depth }, locale));
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const child: unknown = value[i];
        if (typeof child === "object" && child !== null)
          stack.push({ value: child, depth: depth + 1, parent: frame, key: i });
      }
      continue;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (key === "__proto__") {
        issues.push(makeIssue("forbidden-key", pathOf(frame, key), { key }, locale));
        continue;
      }
      const child: unknown = (value as Record<string, unknown>)[key];
      if (typeof child === "object" && child !== null)
        stack.push({ value: child, depth: depth + 1, parent: frame, key });
    }
  }
  return issues;
}
