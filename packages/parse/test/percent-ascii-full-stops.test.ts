import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copy that prints ASCII `.` for `。` runs a sentence ending in a percentage into the next one's
 * number (`同比上升20.7%.11个城市中`): after a `%` the `.` is a full stop, no decimal point, so the
 * percentage ends its clause and a 同比 change before it is the figure's comparison. Invented
 * variants; near-misses keep their decimal points.
 */

const read = (text: string) =>
  parseBulletinText(`${text}\n`).bulletin.metrics.map(
    (m) =>
      `${m.value}${m.unit}${m.comparison?.change === undefined ? "" : ` ${m.comparison.change}`}`,
  );

describe("a percentage before an ASCII full stop and a number", () => {
  test.each([
    [
      "全省PM10月均浓度为58微克/立方米,同比上升12.4%.9个城市中,3个城市同比下降。",
      "58微克/立方米 12.4",
    ],
    ["全市受理投诉1200件,环比下降3.5%.12个县区中,8个县区环比下降。", "1200件 -3.5"],
    // Words after the stop: the change closes there too (it ran on to the next mark before).
    ["全市受理投诉1200件,环比下降3.5%.下一步将加强管理。", "1200件 -3.5"],
  ])("%s reads %s", (text, figure) => {
    expect(read(text)).toContain(figure);
  });

  test.each([
    // A decimal point between digits of the rate is no full stop.
    ["全市PM2.5月均浓度为35微克/立方米,同比上升2.5%。", "35微克/立方米 2.5"],
  ])("near-miss: %s reads %s as before", (text, figure) => {
    expect(read(text)).toContain(figure);
  });
});
