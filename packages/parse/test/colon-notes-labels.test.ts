import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A statistics release's notes label closed by its colon, alone on its line (`附注：`) over the
 * numbered notes (`1.指标解释` / …), heads the notes' section, as `附注` without the colon does; the
 * notes are its items, not the last section's. A label followed by its note's text, or another
 * word's label (`备注：`), heads nothing. Every text here is written for the test.
 */

const text = (label: string) =>
  `某市1-8月固定资产投资情况\n一、工业投资增速回落。1-8月全市完成工业投资增长3.1%，比1-7月回落2个百分点。\n二、民间投资增长持续回落。全市民间投资增速比1-7月回落1.6个百分点。\n${label}\n1.指标解释\n固定资产投资是以货币形式表现的建造和购置固定资产的工作量。\n2.统计范围\n计划总投资500万元及以上的建设项目。`;

const headings = (t: string) => parseBulletinText(t).bulletin.sections.map((s) => s.title);

describe("a notes label closed by its colon", () => {
  test.each([["附注："], ["附注:"], ["附註："], ["名词解释："]])(
    "`%s` heads the notes",
    (label) => {
      expect(headings(text(label))).toContain(label.slice(0, -1));
    },
  );

  test.each([
    ["a note's text after the colon", "附注：本表数据为快报数。"],
    ["another word's label", "备注："],
  ])("%s heads no section", (_, label) => {
    const all = headings(text(label));
    expect(all).not.toContain("附注");
    expect(all).not.toContain("备注");
  });
});
