import type { Inline } from "@bulletin/schema";
import { inlinePath, type Resolver } from "./resolve";

/**
 * The text of one inline as every renderer writes it: a metric through `formatQuantity`, a
 * department as `text ?? shortName ?? name`, a date span relative to the year, a
 * title in `《》`, a quote in `“”`, emphasis as its text.
 */
export function inlineText(
  resolver: Resolver,
  node: Inline,
  s: number,
  i: number,
  p: number,
  n: number,
): string {
  if (typeof node === "string") return node;
  const path = (): string => inlinePath(s, i, p, n);
  switch (node.type) {
    case "metric":
      return resolver.metricText(resolver.metric(node.ref, path), path);
    case "department": {
      const department = resolver.department(node.ref, path);
      return node.text ?? department.shortName ?? department.name;
    }
    case "date":
      return resolver.span(node.value, () => `${path()}.value`);
    case "title":
      return `《${node.text}》`;
    case "quote":
      return `“${node.text}”`;
    case "emphasis":
      return node.text;
  }
}
