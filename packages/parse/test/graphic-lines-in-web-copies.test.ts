import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper graphic copied into a web page under the report's paragraphs (issue 14, a relief
 * report of held-out-79 … -87 moved to tuning): six or more short lines in a row (24 characters or
 * fewer, no clause's mark), two or more stating a figure with its unit. Each line ends where its writer
 * ended it (`棉衣4100件` / `发放生活用品` / `共计86.5万元` are three, not one run-on line), and the body
 * reads its captions as it reads a whole text's graphic: a line stating a figure (`棉被3200床`) heads
 * nothing, and a caption over a figure is no heading's part. Near-misses: short lines with no figure
 * (a phrase broken over lines), and a run too short to be a graphic, are joined as before. Every
 * text here is written for the test.
 */

const LEAD =
  "某县全力做好冬季困难群众救助工作\n记者近日从县民政局获悉，入冬以来，县民政局高度关注天气变化，组织干部深入乡镇走访慰问困难群众，及时发放救助物资，确保困难群众温暖过冬。\n";

/** The repaired lines under the lead's two. */
const linesOf = (graphic: string): string[] =>
  repairExtractedText(`${LEAD}${graphic}`).split("\n").slice(2);
const figuresOf = (graphic: string): string[] =>
  parseBulletinText(`${LEAD}${graphic}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);
const sectionsOf = (graphic: string): string[] =>
  parseBulletinText(`${LEAD}${graphic}`).bulletin.sections.map((s) => s.title);

describe("a graphic's short lines under a web copy's paragraphs", () => {
  const relief =
    "开展走访慰问\n共走访困难群众\n1.2万户\n2.6万人\n发放棉被3200床\n棉衣4100件\n发放生活用品\n共计86.5万元\n落实临时救助\n共救助困难群众\n860人次\n";
  const market =
    "节日市场供应充足\n全县共储备蔬菜1850吨\n储备猪肉及冻品\n全县储备猪肉320吨\n投放平价大米\n共计投放46.5万斤\n";

  test.each([
    [relief, ["棉衣4100件", "发放生活用品", "共计86.5万元", "落实临时救助"]],
    [market, ["全县共储备蔬菜1850吨", "储备猪肉及冻品", "全县储备猪肉320吨", "共计投放46.5万斤"]],
  ])("each line stands alone: %j", (graphic, expected) => {
    const lines = linesOf(graphic);
    for (const line of expected) expect(lines).toContain(line);
  });

  test.each([
    [relief, ["12000户", "26000人", "3200床", "4100件", "865000元", "860人次"]],
    [market, ["1850吨", "320吨", "465000斤"]],
  ])("its figures are read: %j", (graphic, expected) => {
    expect(figuresOf(graphic)).toEqual(expected);
  });

  test("its sub-heads head its parts, not the lines stating figures", () => {
    expect(sectionsOf(relief)).toEqual(["正文", "开展走访慰问", "落实临时救助"]);
  });

  test.each([
    // No figure: a phrase broken over short lines (no graphic) reads as before.
    ["走访慰问中\n干部们带去了\n组织关怀\n和节日问候\n让困难群众\n感受到温暖\n", "和节日问候"],
    // Five lines: too few for a graphic; the line under a figure goes on as before.
    [
      "共走访困难群众\n1.2万户\n发放棉衣4100件\n发放生活用品\n共计86.5万元\n",
      "发放棉衣4100件发放生活用品共计86.5万元",
    ],
  ])("near-miss %j", (graphic, expected) => {
    expect(linesOf(graphic).join("\n")).toContain(expected);
  });
});
