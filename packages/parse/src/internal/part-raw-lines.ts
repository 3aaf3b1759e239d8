/**
 * Parts input lines in place: each range `[start, end)` of `raw` (a line of the source) where
 * `at(start, end)` gives an offset inside it becomes two, the second from that offset on. `at`
 * returns `undefined`, or an offset at the line's start or past its end, to leave a line whole; a
 * line parted is not asked again. The repair's run-on cuts (a dateline after a headline, a credit
 * after a paragraph) part lines so.
 *
 * @example
 * const raw: [number, number][] = [[0, 10], [11, 15]];
 * partRawLines(raw, (s) => (s === 0 ? 4 : undefined)); // raw is [[0, 4], [4, 10], [11, 15]]
 */
export function partRawLines(
  raw: [number, number][],
  at: (start: number, end: number) => number | undefined,
): void {
  for (let r = 0; r < raw.length; r++) {
    const [s, e] = raw[r] as [number, number];
    const k = at(s, e);
    if (k === undefined || k <= s || k >= e) continue;
    raw.splice(r, 1, [s, k], [k, e]);
    r++;
  }
}
