import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report whose breakdowns are headed by a point of view alone on its line (`从行业看`, `從類別看`,
 * `分地区看`, `从事故原因来看`), the same one under two of its parts (`从类别看` under 工矿商贸 and under
 * 管线事故): such a line is a sub-head, not a page's running header (a short line printed twice), and it
 * is no line of the heading over it (`…事故起数情况`, a chart's caption whose picture is gone). A line
 * printed twice that is no point of view (`某某安全简报`) is still a running header; a point of view that
 * opens a sentence (`从行业看，建筑业…。`) heads nothing. Written for a city 安全生产 news copy (formerly held-out); every text here is
 * invented.
 */

const HEAD = "安全生产月报\n2024年第5期\n某市应急管理局\n2024年6月5日\n";

const read = (body: string) => {
  const { bulletin } = parseBulletinText(`${HEAD}${body}`);
  return bulletin.sections.flatMap((s) => [s.title, ...s.items.map((i) => i.title ?? "")]);
};

const PART = (head: string, view: string) =>
  `${head}\n\n2024年1月1日至5月31日，全市共发生事故18起，同比下降47.1%。\n\n某年1至5月份事故起数情况\n\n${view}\n\n建筑业12起12人，制造业2起2人。\n\n`;

describe("a point of view alone on its line heads its breakdown", () => {
  test.each([
    [
      "printed under two parts",
      `${PART("工矿商贸事故情况", "从类别看")}${PART("管线事故简况", "从类别看")}`,
      "从类别看",
    ],
    [
      "traditional",
      `${PART("工礦商貿事故情況", "從類別看")}${PART("管線事故簡況", "從類別看")}`,
      "從類別看",
    ],
    ["来看, once", PART("工矿商贸事故情况", "从事故原因来看"), "从事故原因来看"],
    [
      "分…看",
      `${PART("工矿商贸事故情况", "分地区看")}${PART("管线事故简况", "分地区看")}`,
      "分地区看",
    ],
  ])("(%s)", (_, body, view) => {
    const heads = read(body);
    expect(heads).toContain(view);
    expect(heads.some((h) => h.endsWith(`情况${view}`))).toBe(false);
  });
});

describe("lines that are no point of view (near-misses)", () => {
  test("a short line printed under two parts is still a running header", () => {
    const body = `${PART("工矿商贸事故情况", "某某安全简报")}${PART("管线事故简况", "某某安全简报")}`;
    expect(read(body)).not.toContain("某某安全简报");
  });
  test("a point of view that opens a sentence heads nothing", () => {
    const body = PART("工矿商贸事故情况", "从行业看，建筑业事故较多。");
    expect(read(body)).not.toContain("从行业看");
  });
});
