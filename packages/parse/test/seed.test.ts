import { readFileSync } from "node:fs";
import { parseBulletinText } from "@bulletin/parse";
import { type Bulletin, validateBulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { completed } from "./completed";

const EXAMPLE = new URL("../../../examples/sichuan-window-monthly/", import.meta.url);
const seed = readFileSync(new URL("seed.txt", EXAMPLE), "utf8");
const fixture = JSON.parse(readFileSync(new URL("issue-9.json", EXAMPLE), "utf8")) as Bulletin;

/**
 * Where the hand-made fixture made choices the text cannot give, and how the parser's output
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
function mapToFixture(parsed: Bulletin): Bulletin {
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
function withoutSectionAndItemIds(b: Bulletin): Bulletin {
  return {
    ...b,
    sections: b.sections.map(({ id: _s, ...section }) => ({
      ...section,
      items: section.items.map(({ id: _i, ...item }) => item),
    })),
  };
}

describe("the reference seed (政务窗口月报 第9期)", () => {
  const result = parseBulletinText(seed);
  const bulletin = completed(result);
  const { warnings } = result;
  const mapped = mapToFixture(bulletin);
  const expected = withoutSectionAndItemIds(fixture);

  test("parseBulletinText: gives a bulletin that validateBulletin accepts without any issue", () => {
    const result = validateBulletin(bulletin);
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
  });

  test("parseBulletinText: reads the masthead as the fixture holds it", () => {
    expect(mapped.publication).toEqual(expected.publication);
    expect(mapped.issue).toEqual(expected.issue);
  });

  test("parseBulletinText: gives the fixture's sections, items, titles, dates, departments and text", () => {
    expect(mapped.sections).toEqual(expected.sections);
  });

  test("parseBulletinText: gives the fixture's departments, in order of first mention", () => {
    expect(mapped.departments).toEqual(expected.departments);
  });

  test("parseBulletinText: gives all of the fixture's metrics, values and display included", () => {
    expect(mapped.metrics).toEqual(expected.metrics);
  });

  test("parseBulletinText: gives the fixture's distribution", () => {
    expect(mapped.distribution).toEqual(expected.distribution);
  });

  test("parseBulletinText: warns only that 达州市林业局 was recognised by its shape", () => {
    expect(warnings.map((w) => [w.code, w.severity, w.position])).toEqual([
      ["department-guessed", "info", { line: 30, column: 29 }],
    ]);
    expect(seed.split("\n")[29]?.slice(28, 34)).toBe("达州市林业局");
  });

  test("parseBulletinText: with the mapping above, the whole bulletin equals the fixture", () => {
    expect(mapped).toEqual(expected);
  });
});
