import { describe, expect, test } from "vitest";
import { partRawLines } from "../src/internal/part-raw-lines";

/**
 * The repair's run-on cuts part an input line in two where a finder points inside it
 * (part-raw-lines.ts); an offset at the line's start or past its end leaves the line whole.
 */
describe("partRawLines", () => {
  test.each([
    // [lines, offset the finder gives for each line's start, lines after]
    [
      [[0, 10]],
      { 0: 4 },
      [
        [0, 4],
        [4, 10],
      ],
    ],
    [
      [
        [0, 10],
        [11, 20],
      ],
      { 11: 15 },
      [
        [0, 10],
        [11, 15],
        [15, 20],
      ],
    ],
    [
      [
        [0, 10],
        [11, 20],
      ],
      { 0: 3, 11: 19 },
      [
        [0, 3],
        [3, 10],
        [11, 19],
        [19, 20],
      ],
    ],
    [[[0, 10]], { 0: 0 }, [[0, 10]]],
    [[[0, 10]], { 0: 10 }, [[0, 10]]],
    [[[0, 10]], { 0: 12 }, [[0, 10]]],
    [[[0, 10]], {}, [[0, 10]]],
  ] as [[number, number][], Record<number, number>, [number, number][]][])(
    "%j parted at %j → %j",
    (lines, at, expected) => {
      const raw = lines.map(([s, e]) => [s, e] as [number, number]);
      partRawLines(raw, (s) => at[s]);
      expect(raw).toEqual(expected);
    },
  );

  test("a line parted is not asked again: its second part stays whole", () => {
    const raw: [number, number][] = [[0, 30]];
    const asked: number[] = [];
    partRawLines(raw, (s) => {
      asked.push(s);
      return s + 10;
    });
    expect(raw).toEqual([
      [0, 10],
      [10, 30],
    ]);
    expect(asked).toEqual([0]);
  });
});
