import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `二、重点群体就业平稳 ，制造业等就业人数同比上升`: a section heading of two clauses whose copy put a
 * stray space before the pause between them (`平稳 ，`). A space a writer sets after a heading
 * (`一、规模以上工业 1-5月，全县…`) ends it; a space before a `，`, `、`, `；` or `：` is no such end:
 * the heading goes on. Near-misses: a space before the paragraph's words (the heading ends there), a
 * heading with no space. Written for the rule (a national 就业 news copy of the formerly held-out
 * sets 98–105); every text here is invented.
 */

const sections = (text: string) => parseBulletinText(text).bulletin.sections.map((s) => s.title);

const HEAD =
  "某省一季度就业情况\n一、城镇调查失业率总体稳定\n一季度，全省城镇调查失业率均值为5.1%。\n";

describe("a stray space before a heading's pause", () => {
  test.each([
    [
      "a comma",
      "二、重点群体就业平稳 ，制造业等就业人数同比上升",
      "重点群体就业平稳，制造业等就业人数同比上升",
    ],
    [
      "a semicolon",
      "二、重点群体就业平稳 ；服务业用工需求回升",
      "重点群体就业平稳；服务业用工需求回升",
    ],
  ])("before %s: the heading goes on", (_, line, title) => {
    expect(sections(`${HEAD}${line}\n一季度，外来户籍劳动力失业率均值为4.8%。`)).toContain(title);
  });

  test.each([
    [
      "a space before the paragraph",
      "二、重点群体就业 一季度，外来户籍劳动力失业率均值为4.8%，比上年同期下降0.2个百分点。",
      "重点群体就业",
    ],
    [
      "no space",
      "二、重点群体就业平稳，制造业等就业人数同比上升",
      "重点群体就业平稳，制造业等就业人数同比上升",
    ],
  ])("near-miss: %s", (_, line, title) => {
    expect(sections(`${HEAD}${line}\n一季度，外来户籍劳动力失业率均值为4.8%。`)).toContain(title);
  });
});
