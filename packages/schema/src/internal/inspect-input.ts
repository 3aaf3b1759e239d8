import type { IssuePath, Locale, ValidationIssue } from "../issues";
import { LIMITS } from "./limits";
import { makeIssue } from "./make-issue";
import { quote } from "./quote";

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

/** What reading a value threw, quoted for a message (control characters escaped). */
export function thrownReason(error: unknown): string {
  let text: string;
  try {
    text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    text = "an error that cannot be shown";
  }
  return quote(text, 80);
}

/** The `unreadable-value` issue of a value at `path` whose reading threw `error`. */
export function unreadableIssue(path: IssuePath, error: unknown, locale: Locale): ValidationIssue {
  return makeIssue("unreadable-value", path, { reason: thrownReason(error) }, locale);
}

/**
 * A walk over raw input, before zod sees it, for what zod cannot report: nesting deeper than
 * `LIMITS.depth` (iterative, so 10^5 levels cost no stack), own `__proto__` keys (JSON.parse
 * creates them; zod drops them silently), and values that throw when read (a getter that
 * throws, a revoked Proxy): those are `unreadable-value` issues and the walk does not enter
 * them. `constructor` and `prototype` keys are reported by the schemas themselves. Paths are
 * built only for the issues found.
 */
export function inspectInput(input: unknown, locale: Locale): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (typeof input !== "object" || input === null) return issues;
  const stack: Frame[] = [{ value: input, depth: 0, parent: undefined, key: "" }];
  const push = (child: unknown, frame: Frame, key: string | number): void => {
    if (typeof child === "object" && child !== null)
      stack.push({ value: child, depth: frame.depth + 1, parent: frame, key });
  };
  while (stack.length > 0 && issues.length < 100) {
    const frame = stack.pop()!;
    const { value, depth } = frame;
    if (depth >= LIMITS.depth) {
      issues.push(makeIssue("too-deep", pathOf(frame), { max: LIMITS.depth }, locale));
      continue;
    }
    let keys: string[];
    let array: boolean;
    try {
      array = Array.isArray(value);
      keys = array ? [] : Object.keys(value);
    } catch (error) {
      issues.push(unreadableIssue(pathOf(frame), error, locale));
      continue;
    }
    if (array) {
      const items = value as unknown[];
      let i: number;
      try {
        i = items.length - 1;
      } catch (error) {
        issues.push(unreadableIssue(pathOf(frame), error, locale));
        continue;
      }
      for (; i >= 0; i--) {
        try {
          push(items[i], frame, i);
        } catch (error) {
          issues.push(unreadableIssue([...pathOf(frame), i], error, locale));
        }
      }
      continue;
    }
    for (const key of keys) {
      if (key === "__proto__") {
        issues.push(makeIssue("forbidden-key", pathOf(frame, key), { key }, locale));
        continue;
      }
      try {
        push((value as Record<string, unknown>)[key], frame, key);
      } catch (error) {
        issues.push(unreadableIssue(pathOf(frame, key), error, locale));
      }
    }
  }
  return issues;
}
