import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A graphic's data left in a web copy, a short line each (`人均面积2.2平方米` / `力争2025年达到人均2.4平方米` /
 * `城区建成健身站点312个`), between long paragraphs: two or more of its lines state a figure with its
 * unit, so the run is neither photo captions (dropped) nor a heading stacked over lines; each line
 * is a paragraph and its figure is read. A line under the last figure's may still head the text
 * below it. Near-misses: photo captions (one names a service's hours, `24小时自助服务区`), a heading of
 * words over two lines, one line stating a figure alone. Every line is written for the test.
 */

const lede =
  "随着生活水平的提高，休闲、健身、健康已成为广大人民群众追求的一种生活方式。近年来，我县非常重视全民健身服务体系的建设，不断加大资金投入，积极兴建体育设施，大力开展全民健身活动，积极打造健身圈。";
const tail = "健身步道88.5公里，实现了城区全民健身设施全覆盖。";

const read = (lines: string[]) => {
  const { bulletin, warnings } = parseBulletinText([lede, ...lines, tail].join("\n"));
  return {
    headings: bulletin.sections.map((s) => s.title),
    figures: bulletin.metrics.map((m) => `${m.value}${m.unit}`),
    dropped: warnings.filter((w) => w.code === "web-line-dropped").length,
  };
};

describe("a graphic's data lines are paragraphs", () => {
  test.each([
    [
      [
        "場館設施（截至目前）",
        "人均面積1.8平方米",
        "力爭2025年達到人均2.4平方米",
        "城區建成健身站點312個",
        "每萬人8個（按常住人口）",
      ],
      ["正文", "場館設施（截至目前）"],
      ["1.8平方米", "2.4平方米", "312个", "8个", "88.5公里"],
    ],
    [
      ["人均面積1.8平方米", "力爭2025年達到人均2.4平方米", "城區建成健身站點312個"],
      ["正文"],
      ["1.8平方米", "2.4平方米", "312个", "88.5公里"],
    ],
    [
      ["綠道總長46公里", "人均面積1.8平方米", "城區建成健身站點312個", "公園綠地"],
      ["正文", "公園綠地"],
      ["46公里", "1.8平方米", "312个", "88.5公里"],
    ],
  ])("%j", (lines, headings, figures) => {
    const r = read(lines);
    expect(r.headings).toEqual(headings);
    expect(r.figures).toEqual(figures);
    expect(r.dropped).toBe(0);
  });
});

describe("runs that are no graphic's data (near-misses)", () => {
  test("photo captions, one naming a service's hours, are dropped as before", () => {
    const r = read([
      "某區政務服務中心",
      "文明創城標識",
      "24小時自助服務區",
      "政務中心總服務台",
      "政務中心內標識",
      "政務服務體系建設",
    ]);
    expect(r.headings).toEqual(["正文", "政務服務體系建設"]);
    expect(r.dropped).toBe(5);
  });
  test("a heading of words over two lines keeps its lines", () => {
    expect(read(["場館設施建設", "人均面積穩步提高"]).headings).toEqual([
      "正文",
      "場館設施建設人均面積穩步提高",
    ]);
  });
  test("one line stating a figure alone heads as before", () => {
    expect(read(["人均面積1.8平方米"]).headings).toEqual(["正文", "人均面積1.8平方米"]);
  });
  test("numbers inside titles' quotes or after 第 measure nothing", () => {
    expect(
      read(["《營商環境調研報告3篇》", "《營商環境調研報告3篇》", "第2024-06-20期第A06版"])
        .headings,
    ).toEqual(["正文", "《營商環境調研報告3篇》《營商環境調研報告3篇》第2024-06-20期第A06版"]);
  });
  test("a headline and its deck printed again, a figure each, still head", () => {
    expect(read(["上半年某市開工改造項目484個", "完成棚戶區改造1.1萬戶"]).headings).toEqual([
      "正文",
      "上半年某市開工改造項目484個完成棚戶區改造1.1萬戶",
    ]);
  });
  test("spans of time are no measured figures: the heading keeps its lines", () => {
    expect(read(["2025年健身設施建設", "連續12個月穩步推進"]).headings).toEqual([
      "正文",
      "2025年健身設施建設連續12個月穩步推進",
    ]);
  });
});
