import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A figure closed by the note `下同` ("the same below": the words of its clause hold for the figures
 * after it), printed right after the figure with no mark before it (`同比增长-9.4%下同)`,
 * `增长3.2%下同，`): the note closes the figure's clause as a mark would. Every text here is written
 * for the test.
 */

const rates = (body: string): number[] =>
  (parseBulletinText(`某省各市税收收入完成情况\n\n${body}\n`).bulletin.metrics ?? [])
    .filter((m) => m.unit === "%")
    .map((m) => m.value);

describe("a rate closed by 下同", () => {
  test.each([
    [
      "signed, in brackets",
      "1.甲市(320.5亿元 同比增长-9.4%下同)、2.乙市(210.2亿元 3.3%)。",
      [-9.4, 3.3],
    ],
    ["unsigned, before a comma", "全省税收收入同比增长3.2%下同，其中甲市增长4.1%。", [3.2, 4.1]],
    ["before a full stop", "甲县工业增加值增长6.7%下同。", [6.7]],
  ])("%s", (_, body, expected) => {
    expect(rates(body)).toEqual(expected);
  });
});

describe("near misses: 下 and 同 starting other words", () => {
  test.each([
    ["下同期 (the next period)", "甲县工业增加值增长6.7%下同期水平较高。", []],
    ["下同比 (below, compared)", "甲县增长6.7%下同比回落明显。", []],
  ])("%s", (_, body, expected) => {
    expect(rates(body)).toEqual(expected);
  });
});
