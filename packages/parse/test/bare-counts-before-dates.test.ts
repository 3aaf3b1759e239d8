import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A news page's line under its headline naming the outlet, then its reading count as a bare number,
 * then the page's date and clock time (`某某晨刊 1116 2011-03-08 11:14`), as some content systems print
 * it: the outlet's date line, so the headline is the title, the outlet the publisher and the date the
 * page's. Near-misses: a date without its clock, a hotline's number ending an account's name
 * (`某市12345`), a number inside a name. Written for the shape (formerly held-out-189's copy of a
 * city paper's lottery report); the texts are invented.
 */

const HEADLINE = "某市去年筹集福彩公益金2904万元";
const BODY =
  "3月1日从全市福利彩票工作会议上获悉，去年全市共销售福利彩票3.039亿元，同比增长34.37%。";
const view = (line: string) =>
  parsedView(`${HEADLINE}\n\n${line}\n\n${BODY}`, ["title", "publisher", "publishedOn"]);

describe("an outlet's name, a bare count and the clocked date", () => {
  test.each([
    ["某某晨刊 1116 2011-03-08 11:14", "某某晨刊", "2011-03-08"],
    ["某某日报 56 2019-12-01 09:30:12", "某某日报", "2019-12-01"],
    ["某某新闻网 20431 2020-5-6 18:02", "某某新闻网", "2020-05-06"],
  ])("`%s`", (line, publisher, publishedOn) => {
    expect(view(line)).toEqual({ title: HEADLINE, publisher, publishedOn });
  });

  test.each([
    ["no clock after the date", "某某晨刊 1116 2011-03-08", "某某晨刊"],
    ["a hotline's number ending the name", "某市12345 2011-03-08 11:14", "某市"],
    ["a number inside the name", "某某12345热线 2011-03-08 11:14", "某某"],
  ])("%s: no count is taken out", (_, line, name) => {
    expect(view(line).publisher).not.toBe(name);
  });
});
