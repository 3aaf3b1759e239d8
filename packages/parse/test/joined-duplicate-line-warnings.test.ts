import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A lede printed twice (a news copy's summary over its byline, then the same lede opening the
 * text), said once: where the page's width broke the dropped copy over several input lines, the
 * repair joins them and each of those input lines gets its own `duplicate-line-dropped` warning
 * naming its part, as a joined web line dropped whole does (joined-header-line-warnings.test.ts),
 * so that no line of the input is dropped without a word. Every example is written for the rule.
 */

const lede = [
  "5月10日,青山市统计局发布一季度经济数据,全市",
  "地区生产总值为1234亿元,同比增长6.5%,其中第三产业",
  "增加值为678亿元,占全市的五成以上。",
];
const copy = (ledeLines: readonly string[]): string =>
  [
    "青山网 2019-05-10 10:20:00",
    ...ledeLines,
    "本报记者 李某 发自青山",
    ...ledeLines,
    "统计局有关负责人表示,全市经济运行总体平稳,消费和投资保持增长。",
    "",
  ].join("\n");

const duplicatesAt = (text: string): Map<number, string> => {
  const out = new Map<number, string>();
  for (const w of parseBulletinText(text).warnings)
    if (w.code === "duplicate-line-dropped") out.set(w.position.line, w.message);
  return out;
};

describe("a lede printed twice, its dropped copy joined from lines: a warning on each", () => {
  test("parseBulletinText: a copy over three input lines gets three warnings, each naming its part", () => {
    const text = copy(lede);
    const dropped = duplicatesAt(text);
    expect([...dropped.keys()], JSON.stringify([...dropped])).toEqual([2, 3, 4]);
    expect(dropped.get(2)).toContain("青山市统计局发布一季度经济数据");
    expect(dropped.get(3)).toContain("地区生产总值为1234亿元");
    expect(dropped.get(4)).toContain("占全市的五成以上");
    const body = JSON.stringify(parseBulletinText(text).bulletin.sections);
    expect(body.split("占全市的五成以上")).toHaveLength(2);
  });

  test("parseBulletinText: a copy on one input line keeps its one warning (near-miss)", () => {
    const dropped = duplicatesAt(copy([lede.join("")]));
    expect([...dropped.keys()]).toEqual([2]);
  });
});
