import { formatQuantity, parseQuantity } from "@bulletin/format";
import type { Bulletin, Inline, Item } from "@bulletin/schema";

// The documented text normalisation of the round-trip tests: what a bulletin printed as text
// (renderText, or a PDF of renderHtml read back with readPdf) can say, so that parsing the text
// gives the bulletin back exactly. Shared by parse's and pdf's round trips.

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
 */
export function expressibleInText(b: Bulletin): Bulletin {
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
      const next: Item = { body };
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

/** The bulletin with every metric label empty: the text prints figures, not labels. */
export const withoutMetricLabels = (b: Bulletin): Bulletin => ({
  ...b,
  metrics: b.metrics.map((m) => ({ ...m, label: "" })),
});

/**
 * For issue-9 (examples/sichuan-window-monthly): where the hand-made fixture made choices the text cannot give, and how the parser's output
 * maps onto them. Every difference between the two is listed here, with its reason.
 */
const METRIC_IDS: Record<string, string> = {
  // The fixture names its metrics in English; the text has no names, so the parser numbers
  // them in order of appearance (`metric-N`), which is stable for a given text.
  "metric-1": "provincial-services-handled",
  "metric-2": "online-applications-accepted",
  "metric-3": "online-applications-completed",
  "metric-4": "integrated-window-applications",
  "metric-5": "window-deliveries",
  "metric-6": "hall-postal-deliveries",
  "metric-7": "onsite-consultations",
  "metric-8": "phone-consultations",
};
const DEPARTMENT_IDS: Record<string, string> = {
  // 达州市林业局 is in no dictionary (a city bureau); the parser recognises it by its shape
  // (`达州市…局`) and numbers it. Every other department comes from `knownDepartments`, whose
  // ids are the fixture's.
  "department-1": "dazhou-forestry-bureau",
};
const LABELS: Record<string, string> = {
  // The parser labels a figure with its clause as printed; the fixture's editor wrote two
  // labels that the text does not contain (`…全程网办5.69万件` counts what was accepted online).
  "各进驻部门（单位）窗口共受理政务服务事项全程网办": "全程网办受理量",
  办结政务服务事项全程网办: "全程网办办结量",
};

/** The parser's bulletin in the fixture's names, and the fixture without editorial ids. */
export function issue9Names(parsed: Bulletin): Bulletin {
  return JSON.parse(JSON.stringify(parsed), (key, value: unknown) => {
    if (typeof value !== "string") return value;
    if (key === "id" || key === "ref" || /^\d+$/.test(key)) {
      return METRIC_IDS[value] ?? DEPARTMENT_IDS[value] ?? value;
    }
    if (key === "label") return LABELS[value] ?? value;
    return value;
  }) as Bulletin;
}

/**
 * Section and item ids (`overview`, `window-chief-representatives-meeting`) are editorial
 * names the text does not print; the model makes them optional and the parser leaves them out.
 */
export function withoutEditorialIds(b: Bulletin): Bulletin {
  return {
    ...b,
    sections: b.sections.map(({ id: _s, ...section }) => ({
      ...section,
      items: section.items.map(({ id: _i, ...item }) => item),
    })),
  };
}
