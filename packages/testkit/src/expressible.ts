import { formatQuantity, parseQuantity } from "@bulletin/format";
import type { Bulletin, Inline, Item } from "@bulletin/schema";

/**
 * The bulletin the plain text layout can express, for a generated bulletin: what the text does
 * not print is brought into the form the parser reads back.
 * - Departments: the ones the text names, in order of first mention; an item's
 *   `departmentRefs` are the departments it names (the layout prints no other actors).
 * - Metrics: numbered `metric-N` in order of appearance (the text prints no ids); labels are
 *   compared apart (the text prints `共5.88万件`, not the label); `fractionDigits` is what the
 *   figure shows once formatQuantity has dropped trailing zeros (`0.50万` prints `0.5万`).
 * - An item that renderText prints with a marker (one of several, or naming departments) and
 *   that has neither title nor date gets a title: its first sentence would otherwise read as a
 *   run-in title (`（一）工作推进。…`), as in real text.
 * - A paragraph that ends with a department name gets a `。`: a line that stops mid-sentence
 *   reads as a paragraph split by a page break and is joined with the next.
 * - Adjacent strings of a paragraph are one string (the text has no seam between them).
 * - Section and item ids: editorial names the text does not print.
 */
export function expressibleAsText(b: Bulletin): Bulletin {
  const c = structuredClone(b);
  const metricIds = new Map(c.metrics.map((m, i) => [m.id, `metric-${i + 1}`]));
  c.metrics = c.metrics.map((m) => {
    const printed = formatQuantity(m.value, m.unit, { ...m.display } as Parameters<
      typeof formatQuantity
    >[2]);
    const q = parseQuantity(printed);
    return {
      ...m,
      id: metricIds.get(m.id) as string,
      display:
        q.scale === "none" && q.fractionDigits === 0
          ? { scale: "none" }
          : { scale: q.scale, fractionDigits: q.fractionDigits },
    };
  });
  const mentioned: string[] = [];
  for (const section of c.sections) {
    delete section.id;
    const several = section.items.length > 1;
    section.items = section.items.map((item): Item => {
      const refs: string[] = [];
      const body = item.body.map((p) => {
        const out: Inline[] = p.map((node) => {
          if (typeof node === "object" && node.type === "metric")
            return { type: "metric", ref: metricIds.get(node.ref) as string };
          if (typeof node === "object" && node.type === "department") {
            if (!refs.includes(node.ref)) refs.push(node.ref);
            if (!mentioned.includes(node.ref)) mentioned.push(node.ref);
          }
          return node;
        });
        const last = out[out.length - 1];
        if (typeof last === "object" && last.type === "department") out.push("。");
        // Two strings in a row print as one.
        return out.reduce<Inline[]>((merged, node) => {
          const prev = merged[merged.length - 1];
          if (typeof node === "string" && typeof prev === "string")
            merged[merged.length - 1] = prev + node;
          else merged.push(node);
          return merged;
        }, []);
      });
      const next: Item = { body }; // no id: the text prints none
      if (item.title !== undefined) next.title = item.title;
      // renderText gives an item a marker unless it is the only one and has no title, date or
      // departments; a marked item's first short sentence reads as its run-in title.
      else if ((several || refs.length > 0) && item.date === undefined) next.title = "综合情况";
      if (item.date !== undefined) next.date = item.date;
      if (refs.length > 0) next.departmentRefs = refs;
      return next;
    });
  }
  c.departments = mentioned
    .map((id) => c.departments.find((d) => d.id === id))
    .filter((d) => d !== undefined);
  return c;
}

/** The bulletin with every metric's label blanked: text prints figures, not their labels. */
export const withoutMetricLabels = (b: Bulletin): Bulletin => ({
  ...b,
  metrics: b.metrics.map((m) => ({ ...m, label: "" })),
});
