import { describe, expect, test } from "vitest";
import { repairLines } from "../src/internal/repair-lines";
import { droppedBefore, lineOf, offsetAt, offsetsOf } from "../src/internal/text-line";

/**
 * A repaired line's units and where each came from in the input (text-line.ts): `droppedBefore`
 * tells where the repair took input out between two neighbours, the test `runOnPageDateAt` and
 * the spacing readers make.
 */
describe("droppedBefore", () => {
  test.each([
    // [offsets of 某某局, k, dropped]
    [[0, 1, 2], 1, false],
    [[0, 1, 2], 2, false],
    [[0, 1, 3], 2, true],
    [[0, 2, 3], 1, true],
    [[0, 2, 3], 2, false],
    [[0, 1, 3], 0, false],
    [[0, 1, 3], 3, false],
    [[0, 1, 3], -1, false],
  ] as const)("offsets %j, k = %i: %s", (offsets, k, dropped) => {
    expect(droppedBefore(lineOf("某某局", offsets), k)).toBe(dropped);
  });

  test("a stray space the repair took out between Han characters is a dropped unit; the line's own units are not", () => {
    const [line] = repairLines("某 某局关于做好工作的通知").lines;
    expect(line?.text).toBe("某某局关于做好工作的通知");
    if (line === undefined) return;
    expect(droppedBefore(line, 1)).toBe(true);
    const rest = Array.from({ length: line.text.length }, (_, k) => k).filter((k) => k !== 1);
    expect(rest.filter((k) => droppedBefore(line, k))).toEqual([]);
  });

  test("agrees with the offsets' gaps over every unit of a line", () => {
    const offsets = [3, 4, 7, 8, 9, 12, 20];
    const line = lineOf("一二三四五六七", offsets);
    expect(offsetsOf(line)).toEqual(offsets);
    expect(offsetAt(line, 7)).toBeUndefined();
    for (let k = 1; k < offsets.length; k++)
      expect(droppedBefore(line, k)).toBe((offsets[k] as number) - (offsets[k - 1] as number) > 1);
  });
});
