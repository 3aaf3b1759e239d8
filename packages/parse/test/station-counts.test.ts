import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Stations counted with 站, as groundwater, hydrology and weather reports count the ones monitored
 * (`其中松遼平原 537 站,黃淮海平原 1489 站`, from `national-groundwater-2019-02-mwr-big5-trad`; `共100縣2453站降雨
 * 超過50毫米`), and their rounds (`报送179站次`): figures in 站 (站次). A word of 站 after a number
 * (`12站点`, `26站台`, `12345站长信箱`) and an ordinal (`第3站`) are no count of stations.
 */

const stations = (body: string): string[] =>
  (parseBulletinText(`地下水动态月报\n\n${body}\n`).bulletin.metrics ?? [])
    .filter((m) => m.unit.startsWith("站"))
    .map((m) => `${m.value} ${m.unit}`);

describe("stations counted with 站", () => {
  test.each([
    [
      "spaced counts of a converted copy",
      "涉及 19 個省(自治區、直轄市),其中松遼平原 537 站,黃淮海平原 1489 站,江漢平原 9 站。",
      ["537 站", "1489 站", "9 站"],
    ],
    ["a count after a count of counties", "共100縣2453站降雨超過50毫米。", ["2453 站"]],
    ["rounds of stations", "大型水库8座,报送179站次。", ["179 站次"]],
  ])("parseBulletinText: %s are figures", (_, body, expected) => {
    expect(stations(body)).toEqual(expected);
  });

  test.each([
    ["站点", "全市设立12站点。"],
    ["站台", "地铁3号线共有26站台。"],
    ["站长", "12345站长信箱回复及时。"],
    ["an ordinal", "乘坐地铁第3站下车。"],
  ])("parseBulletinText: %s gives no count of stations", (_, body) => {
    expect(stations(body)).toEqual([]);
  });
});
