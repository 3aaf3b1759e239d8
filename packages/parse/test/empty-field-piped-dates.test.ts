import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A page's metadata line whose source or author field the page left empty, a stroke parting it
 * from the page's date (`供稿: | 2023-06-07`, `来源：｜2023-06-07 10:12`): the date is the issue's, and
 * the field names no publisher. Near-misses: a value before the stroke keeps what the parser read
 * before; a stroke before words that are no date gives no date. Every text here is written for the test.
 */

const HEADLINE = "某省工业压舱石作用凸显";
const BODY =
  "\n\n      今年以来,某省围绕大抓产业、主攻工业要求,狠抓工业投资,全省工业经济实现质效双提升。\n\n      1月至4月,全省规模以上工业增加值增长4.2%,高于全国0.6个百分点。";

const read = (line: string) =>
  mastheadFacts(`当前位置:首页 > 新闻资讯 > ${HEADLINE}\n\n${HEADLINE}\n\n${line}${BODY}`);

describe("an empty field, a stroke, then the page's date", () => {
  test.each([
    { what: "供稿 and an ASCII stroke", line: "供稿: | 2023-06-07", date: "2023-06-07" },
    {
      what: "来源, a full-width stroke and a clock",
      line: "来源：｜2023-06-07 10:12",
      date: "2023-06-07",
    },
    { what: "作者, the date in words", line: "作者: | 2023年6月7日", date: "2023-06-07" },
  ])("mastheadFacts: $what", ({ line, date }) => {
    expect(read(line)).toEqual({ title: HEADLINE, publisher: undefined, publishedOn: date });
  });

  test.each([{ what: "a stroke before words, no date", line: "供稿: | 某省工业和信息化厅办公室" }])(
    "mastheadFacts: no date: $what",
    ({ line }) => {
      expect(read(line).publishedOn).toBeUndefined();
    },
  );
});
