import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `一、水資源量` / `?。ㄒ唬┙邓`: a copy read in the wrong encoding prints the full-width mark opening a
 * line (the `（` of `（一）`) as `?。`. No sentence closes with `？。`, so the line does not close the
 * heading over it (which read `水資源量？` when it did); a closing mark opening a line (`。`, `？`
 * alone) still closes the line before.
 */

const sections = (body: string) =>
  parseBulletinText(`某省2007年水資源公報\n${body}`).bulletin.sections ?? [];

const titles = (body: string) => sections(body).map((s) => s.title);

/** The text of the first section's paragraphs, figures left out. */
const firstText = (body: string) =>
  (sections(body)[0]?.items ?? [])
    .flatMap((i) => i.body)
    .map((p) => (Array.isArray(p) ? p.filter((x) => typeof x === "string").join("") : ""))
    .join("|");

describe("a wrong encoding's `?。` opening a line", () => {
  test.each([
    {
      what: "a water resources bulletin's section over its mangled first item",
      body: "一、水資源量\n?。ㄒ唬┙邓\n2007年全省平均降水量647.3毫米,比多年平均少。\n二、水資源開發利用\n2007年全省總供水量143億立方米。",
      titles: ["水資源量", "水資源開發利用"],
    },
    {
      what: "an agrometeorology report's second section",
      body: "一、10月中旬天氣氣候概況\n旬內雖溫低雨少,但光照充足。\n二、10月上旬-10月下旬天氣氣候趨勢\n?。ㄒ唬┲饕鞖膺^程\n10月3~5日,小雨;10月8日,中雨。",
      titles: ["10月中旬天氣氣候概況", "10月上旬-10月下旬天氣氣候趨勢"],
    },
    {
      what: "an indented section heading over an indented mangled line",
      body: "  一、生產安全事故總體情況\n\n ?。ㄒ唬?月份情況\n\n6月份全區發生生產安全事故2起,死亡2人。\n  二、重點行業事故情況\n道路運輸事故1起。",
      titles: ["生產安全事故總體情況", "重點行業事故情況"],
    },
  ])("$what", ({ body, titles: expected }) => {
    expect(titles(body)).toEqual(expected);
  });

  test("a full stop opening a line still closes the sentence of the line before", () => {
    const text = firstText(
      "一、水資源量\n2007年全省平均降水量647.3毫米,比多年平均少\n。地表水資源量為253億立方米。\n二、水資源開發利用\n全省總供水量143億立方米。",
    );
    expect(text).toContain("比多年平均少。地表水資源量為");
  });
});
