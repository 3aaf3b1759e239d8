import { readFileSync } from "node:fs";
import { parseBulletinText } from "@bulletin/parse";
import { type Bulletin, validateBulletin } from "@bulletin/schema";
import { completed, issue9Names, withoutEditorialIds } from "@bulletin/testkit";
import { describe, expect, test } from "vitest";

const EXAMPLE = new URL("../../../examples/sichuan-window-monthly/", import.meta.url);
const seed = readFileSync(new URL("seed.txt", EXAMPLE), "utf8");
const fixture = JSON.parse(readFileSync(new URL("issue-9.json", EXAMPLE), "utf8")) as Bulletin;

describe("the reference seed (政务窗口月报 第9期)", () => {
  const result = parseBulletinText(seed);
  const bulletin = completed(result);
  const { warnings } = result;
  const mapped = issue9Names(bulletin);
  const expected = withoutEditorialIds(fixture);

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
