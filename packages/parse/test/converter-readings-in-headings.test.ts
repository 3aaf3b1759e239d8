import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A converter to traditional characters prints a pinyin reading after the characters it was unsure
 * of (`服務(wù)業(yè)`), which the repair drops: no space stood there, so a heading does not end at
 * it (`三、服務(wù)業(yè)持續(xù)恢復(fù),現(xiàn)代服務(wù)業(yè)…` is one heading, not `服務` over a paragraph). A space
 * the page printed after a reading still ends a heading run into its paragraph. Written for the rule
 * (formerly held-out-36's second page of a region's release, whose three headings were cut at their
 * first reading); the texts are invented.
 */

const headings = (text: string): string[] =>
  parseBulletinText(text).bulletin.sections.map((s) => s.title);

const paragraph = (n: number): string =>
  `前三季度,全區服務業增加值同比增長${n}.4%。其中,批發和零售業增加值同比增長5.6%,金融業增長5.6%。`;

describe("a converter's reading inside a heading", () => {
  test.each([
    [
      "三、服務(wù)業(yè)持續(xù)恢復(fù),現(xiàn)代服務(wù)業(yè)發(fā)展勢(shì)頭較好",
      "服務業持續恢復，現代服務業發展勢頭較好",
    ],
    [
      "四、固定資產(chǎn)投資穩(wěn)中加快,工業(yè)投資帶動(dòng)有力",
      "固定資產投資穩中加快，工業投資帶動有力",
    ],
    [
      "二、市場(chǎng)銷(xiāo)售穩(wěn)步回升,消費(fèi)升級(jí)類(lèi)商品增長(zhǎng)較快",
      "市場銷售穩步回升，消費升級類商品增長較快",
    ],
    ["一、農業生產形勢穩定,糧食產(chǎn)量再創(chuàng)新高", "農業生產形勢穩定，糧食產量再創新高"],
  ])("parseBulletinText: `%s` is one heading", (line, title) => {
    const text = `${line}\n${paragraph(4)}\n五、物價溫和上漲,居民收入穩定增長\n${paragraph(5)}`;
    expect(headings(text)[0]).toBe(title);
  });

  test.each([
    // A printed space after the reading: the heading ends there (counter-case).
    [
      "一、規模以上工業(yè) 1-8月,全區規模以上工業增加值同比增長5.0%,比上半年加快0.3個百分點。",
      "規模以上工業",
    ],
    [
      "一、規模以上工業 1-8月,全區規模以上工業增加值同比增長5.0%,比上半年加快0.3個百分點。",
      "規模以上工業",
    ],
  ])("parseBulletinText: `%s` still ends its heading at the space", (line, title) => {
    const text = `${line}\n二、物價溫和上漲,居民收入穩定增長\n${paragraph(5)}`;
    expect(headings(text)[0]).toBe(title);
  });
});
