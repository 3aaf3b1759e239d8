import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A section whose heading prints an earlier section's title again (a document site's cut preview of
 * the report, then the whole of it; a part printed twice) is the same part: its figures are the
 * report's data where the first one's were (the first heading's section holds the figures), so a
 * count inside a clause (`全镇在完成5437户灾后农房重建的基础上，…`) is a figure there too. Near-misses: a
 * later section with a title of its own, a repeated title whose first section held no figures.
 * Written for the rule (a 民政 work summary of the formerly held-out sets, printed as a preview and
 * again whole); every text here is invented.
 */

const values = (text: string): number[] =>
  (parseBulletinText(text).bulletin.metrics ?? []).map((m) => m.value);

const CLAUSE = (n: number) => `全镇在完成${n}户灾后农房重建的基础上，实施了安居工程。`;

describe("a section printed again keeps its figures", () => {
  test.each([
    [
      "a numbered part printed again after another",
      `某镇2020年工作总结\n一、年度任务完成情况\n${CLAUSE(326)}\n二、主要做法\n加强领导，落实责任。\n一、年度任务完成情况\n${CLAUSE(5437)}`,
      5437,
    ],
    [
      "an unnumbered heading printed again",
      `某镇2020年工作总结\n\n年度任务完成情况\n\n${CLAUSE(326)}\n\n主要做法\n\n加强领导，落实责任。\n\n年度任务完成情况\n\n${CLAUSE(5437)}`,
      5437,
    ],
  ])("%s", (_, text, value) => {
    expect(values(text)).toContain(value);
  });

  test.each([
    [
      "a later section of its own title",
      `某镇2020年工作总结\n一、年度任务完成情况\n${CLAUSE(326)}\n二、主要做法\n${CLAUSE(5437)}`,
      5437,
    ],
    [
      "a repeated title whose first section held no figures",
      `某镇2020年工作总结\n一、年度任务完成情况\n${CLAUSE(326)}\n二、主要做法\n加强领导，落实责任。\n二、主要做法\n${CLAUSE(5437)}`,
      5437,
    ],
  ])("near-miss: %s", (_, text, value) => {
    expect(values(text)).not.toContain(value);
  });
});
