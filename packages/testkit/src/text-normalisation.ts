import type { Bulletin } from "@bulletin/schema";

// How the parser's reading of issue-9's text (the seed, or a PDF of issue-9 read back with
// readPdf) maps onto the hand-made fixture. Shared by parse's seed test and pdf's round trip.
// (The normalisation of generated bulletins is expressible.ts beside this file.)

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
