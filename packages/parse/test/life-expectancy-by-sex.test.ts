import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A life expectancy in 岁 (`户籍人口期望寿命84.11岁`) and its breakdown by sex right after it in the
 * same sentence (`其中男性81.76岁，女性86.56岁`, `男性为…岁、女性为…岁`, `男…岁，女…岁`): each a figure
 * in 岁, as the whole is. An age by sex with no life expectancy before it in its sentence
 * (`男性60岁以上`, `女性年满55岁`) stays text. Written for the rule (formerly held-out-35's 上海
 * health report, whose two life expectancies by sex were lost); every sentence is invented.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("life expectancy by sex after the whole", () => {
  test.each([
    ["户籍人口期望寿命84.11岁，其中男性81.76岁，女性86.56岁。", ["84.11岁", "81.76岁", "86.56岁"]],
    ["人均预期寿命达到79.5岁，男性为77.2岁、女性为82.1岁。", ["79.5岁", "77.2岁", "82.1岁"]],
    ["居民平均期望寿命80岁（男78岁，女82岁）。", ["80岁", "78岁", "82岁"]],
    ["居民平均壽命達81.2歲，其中男性78.9歲，女性83.6歲。", ["81.2岁", "78.9岁", "83.6岁"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // No life expectancy before it: an age bounding a group.
    ["男性60岁以上、女性55岁以上的居民可申请补贴。"],
    ["为女性50岁以上居民免费体检，共体检1200人。"],
    // A life expectancy in another sentence before it states nothing for this one.
    ["人均期望寿命80岁。男性60岁以上的居民可申请补贴。"],
  ])("%s holds no age by sex in 岁", (body) => {
    expect(figures(body).filter((f) => f.endsWith("岁") && f !== "80岁")).toEqual([]);
  });
});
