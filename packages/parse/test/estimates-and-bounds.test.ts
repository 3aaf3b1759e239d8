import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * A figure printed as an estimate (`约5900吨`, `大约`, `約` in converted copies) is the figure the
 * text reports (issue 14: the collectors of two held-out sets counted `约5900吨` and `约30%`): it is
 * read, its `约` kept as text right before the metric. A bound (`近100件`, `超90%`, `逾千人`), an
 * ordinal or a rank stays text, and a word ending in 约 (`节约`, `签约`) is no estimate: it stays in
 * the label. Examples written for the rules.
 */

const parse = (body: string) => parseBulletinText(`一、工作动态\n${body}`).bulletin;
const figures = (body: string): string[] =>
  parse(body).metrics.map((m) => `${m.label}=${m.value}${m.unit}`);

describe("estimates and bounds", () => {
  test.each([
    ["月饼投放总量约5900吨，同比增加11%。", ["月饼投放总量=5900吨"]],
    ["全年接待游客大约12.5万人次。", ["全年接待游客=125000人次"]],
    ["全年受理量約3.6萬件。", ["全年受理量=36000件"]],
    ["占比约 42.5%。", ["占比=42.5%"]],
    ["比预算节约1097.84万元。", ["比预算节约=10978400元"]],
    ["全年签约项目12个。", ["全年签约项目=12个"]],
  ])("%s is read as %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    "全年受理近100件。",
    "投资进度已超90%。",
    "参会人员逾300人。",
    "位列全省第3名。",
    "排名前5位。",
  ])("a bound, an ordinal or a rank stays text: %s", (body) => {
    expect(parse(body).metrics).toEqual([]);
  });

  test("the estimate's 约 stays in the text, right before the metric", () => {
    const body = parse("月饼投放总量约5900吨。").sections[0]?.items[0]?.body[0];
    expect(body).toEqual(["月饼投放总量约", { type: "metric", ref: "metric-1" }, "。"]);
  });

  test("property: an estimate is read with the value printed, whichever form of 约 it has", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }),
        fc.constantFrom("约", "約", "大约"),
        fc.constantFrom("件", "吨", "人次", "万元"),
        (n, about, unit) => {
          const [m] = parse(`全年受理量${about}${n}${unit}。`).metrics;
          expect(m?.value).toBe(unit === "万元" ? n * 10_000 : n);
          expect(m?.label).toBe("全年受理量");
        },
      ),
      { numRuns: 60 },
    );
  });
});
