import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's counter with the empty cells of its share bar printed after it (`浏览量:1|| | ||`,
 * `阅读次数：25 | |`): the page's furniture, as the counter alone is, over the title printed again
 * and the text's first heading (which then stands as a heading, not glued to the title's line).
 * Every text here is written for the test.
 */

const text = (counter: string) =>
  `2017年二季度某某热线运行情况通报\n\n来源:热线办2017-07-17 10:07\n${counter}\n\n2017二季度某某热线运行情况通报\n\n领导关怀\n\n◆4月19日,市长考察热线工作。\n\n◆6月19日,省信访局局长一行到热线视察。\n\n运行情况\n\n二季度,热线共受理市民诉求71266件,同比增加7181件,增幅11.2%。`;

const read = (counter: string) => {
  const { bulletin } = parseBulletinText(text(counter));
  return { headings: bulletin.sections.map((s) => s.title), body: JSON.stringify(bulletin) };
};

describe("a page's counter followed by empty share-bar cells", () => {
  test.each([["浏览量:1|| | ||"], ["阅读次数：25 | |"], ["点击：｜｜"]])(
    "parseBulletinText: `%s` is furniture, the headings under it stand alone",
    (counter) => {
      const got = read(counter);
      expect(got.headings).toContain("领导关怀");
      expect(got.body).not.toContain("||");
      expect(got.body).not.toContain("｜｜");
    },
  );

  test.each([
    // A table's row naming a counted figure is the text's.
    ["| 浏览量：1 | 12 | 13 |", "12"],
  ])("parseBulletinText: `%s` is not a counter's line (counter-case)", (line, cell) => {
    const got = read(line);
    expect(got.body).toContain(cell);
  });
});
