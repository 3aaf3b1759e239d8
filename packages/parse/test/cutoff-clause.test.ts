import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { isCutoffClause } from "../src/internal/cutoff-clause";

/**
 * A clause of the time the figures under it stand at, alone on the first line
 * (`截至2024年6月底` / `1.全县共有…`), is no headline: such a text prints no title. A headline that goes
 * on after the day stays a headline. Every text here is written for the test.
 */

const points =
  "1.全县共有特困人员612人,其中城市特困人员21人,农村特困人员591人,供养标准为1020元/人·月。\n2.全县实施临时救助203人次,平均救助水平为4120.5元/人次。\n";

describe("a clause of time alone over the figures", () => {
  test.each([
    ["the month's end", "截至2024年6月底"],
    ["a day and a colon", "截止2024年6月30日:"],
    ["no year", "截至6月末"],
  ])("(%s) is no title", (_, line) => {
    expect(parseBulletinText(`${line}\n${points}`).bulletin.publication.title).toBeUndefined();
  });

  test.each([
    ["a headline going on after the day", "截至6月底全县新增特困供养人员52人", false],
    ["a title naming a period", "2024年6月社会救助情况", false],
    ["the clause", "截至2024年6月底", true],
  ])("%s: %s is a clause of time: %s", (_, line, expected) => {
    expect(isCutoffClause(line)).toBe(expected);
  });
});
