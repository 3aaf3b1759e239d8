import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news graphic of short lines, none of them closed by a sentence's mark (`湖北工业经济` /
 * `稳定运行在合理区间`), signed on its last line by the reporters' credit in brackets
 * (`(长江云新闻记者 徐嵬毅 通讯员 胡锴泽)`): the outlet before 记者 is the publisher, as under a
 * paragraph. Other names in brackets there (a paper alone, `（某某日报）`) still need a paragraph
 * over them. Written for the rule (batch s10c's provincial 1-11月 graphic); the cases are invented.
 */

const OPENING = "某省1-11月经济数据出炉\n2023年1-11月，全省规模以上工业增加值同比增长5.5%。";
const publisher = (...foot: string[]) =>
  parseBulletinText([OPENING, ...foot].join("\n")).bulletin.publication.publisher?.name;

describe("a reporters' credit closing a graphic of short lines", () => {
  test.each([
    [["湖北工业经济", "稳定运行在合理区间", "(长江云新闻记者 徐嵬毅 通讯员 胡锴泽)"], "长江云新闻"],
    [["消费热度", "持续升温", "（某某日报记者 王某某）"], "某某日报"],
    [["全省工业投资", "增长9.3%", "（某某网记者 李某 张某某）"], "某某网"],
    // The graphic's lines joined into one by a copy, the credit run on to them.
    [["湖北工业经济稳定运行在合理区间（长江云新闻记者 徐嵬毅 通讯员 胡锴泽）"], "长江云新闻"],
  ])("%j names %s", (foot, name) => {
    expect(publisher(...foot)).toBe(name);
  });
});

describe("other brackets under short lines", () => {
  test.each([
    // Reporters without their outlet name none.
    [["湖北工业经济", "稳定运行在合理区间", "（记者 王某某）"]],
    // A paper's name alone still needs a paragraph over it.
    [["湖北工业经济", "稳定运行在合理区间", "（某某日报）"]],
    // A bracket inside the line, not closing it, credits no one.
    [["湖北工业经济（某某日报记者 王某某）稳定运行在合理区间"]],
  ])("%j names no publisher", (foot) => {
    expect(publisher(...foot)).toBeUndefined();
  });
});
