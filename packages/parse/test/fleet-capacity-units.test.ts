import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A transport fleet's capacity beside its vehicles, in seats (客位) and tonnage (吨位), as 道路运输 and
 * 交通运输 reports print it (`营业性客运车辆3419辆、95623客位`, `货运车辆76048辆、425749吨位`): read with
 * its unit. A class of berth or ship (`3000吨位泊位`, `5000吨位的船舶`) stays text. Written for the
 * rule (a Qinghai 道路运输 report prints the shape).
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、基本情况\n受理业务3215件。\n二、工作举措\n${body}`)
    .bulletin.metrics.slice(1)
    .map((m) => `${m.label}=${m.value}${m.unit}`);

describe("a fleet's seats and tonnage", () => {
  test.each([
    [
      "截至年底，全市共有客运车辆1200辆、36500客位。",
      ["全市共有客运车辆=1200辆", "全市共有客运车辆=36500客位"],
    ],
    ["全区货运车辆5230辆、88120吨位。", ["全区货运车辆=5230辆", "全区货运车辆=88120吨位"]],
    ["共有货船21艘，载重6200吨位。", ["有货船=21艘", "载重=6200吨位"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("classes of berths and ships that stay text (counter-cases)", () => {
  test.each([
    ["港口有3000吨位泊位。", []],
    ["建成5000吨位的船舶3艘。", ["建成5000吨位的船舶=3艘"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
