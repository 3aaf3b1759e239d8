import { parseBulletinText } from "@bulletin/parse";
import type { DateSpan } from "@bulletin/schema";
import { describe, expect, test } from "vitest";

/**
 * A period the caller supplies (`options.issue.period`) stands as given: the readers that narrow a
 * period from the opening's words (an item's `1月，…` under a masthead's year, a lede's `今年1-5月`)
 * narrow only a period read from the text. The shape is the one a generated bulletin printed by
 * renderText showed (a supplement's masthead over a first item dated `1月`).
 */

const TEXT = [
  "较流简报",
  "",
  "2001年增刊第48期（总第537期）",
  "",
  "数质入无",
  "",
  "2002年1月13日",
  "",
  "一、条数当组常主区利情天和流",
  "",
  "（一）1月，进结“自行从”力决直把取入重用府者头个。2001年或动真共8333人次。",
].join("\n");

const YEAR: DateSpan = { kind: "year", year: 2001 };

describe("a supplied period", () => {
  test.each<[string, DateSpan]>([
    ["the year", YEAR],
    ["the first half", { kind: "range", start: "2001-01-01", end: "2001-06-30" }],
    ["a month", { kind: "month", month: "2001-02" }],
  ])("%s stands over the first item's month", (_, period) => {
    const { bulletin } = parseBulletinText(TEXT, { issue: { period } });
    expect(bulletin.issue.period).toEqual(period);
  });

  test("without it, the text's own reading narrows the masthead's year to the item's month (as before)", () => {
    const { bulletin } = parseBulletinText(TEXT);
    expect(bulletin.issue.period).not.toEqual(YEAR);
    expect(bulletin.issue.period).toEqual({ kind: "month", month: "2001-01" });
  });
});
