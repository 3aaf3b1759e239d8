import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A growth rate before the rank it earns (`以13.6%的增速位居市州首位`, `以8.1%的增速领跑市州`,
 * `以7.4%的增幅居全省第一`): statistics and 经济运行 releases of every province rank their cities so,
 * and the rate is reported, as one closing its clause (`实现42.4%的高速增长，`) is. A target, a part
 * or a word opening with 居 after the growth stays text. Written for the rule (a Hunan, an Anhui and a
 * Sichuan release print the shape).
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、基本情况\n受理业务3215件。\n二、工作举措\n${body}`)
    .bulletin.metrics.slice(1)
    .map((m) => `${m.label}=${m.value}${m.unit}`);

describe("a growth rate before its rank", () => {
  test.each([
    ["其中，衡阳以13.6%的增速位居市州首位。", ["衡阳以=13.6%"]],
    ["上半年，岳阳以9.2%的增速领跑全省。", ["岳阳以=9.2%"]],
    ["一季度，芜湖以7.4%的增幅居全省第一。", ["芜湖以=7.4%"]],
    ["全市工业增加值以6.5%的增长排名第二。", ["全市工业增加值以=6.5%"]],
    ["其中，台中以4.1%的漲幅位列各市之首。", ["台中以=4.1%"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("rates before other words that stay text (counter-cases)", () => {
  test.each([
    ["今年实现5%的增长目标。", []],
    ["以8%的增长居民收入稳步提高。", []],
    ["以6%的增速为目标推进各项工作。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
