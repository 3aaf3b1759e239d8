import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper's dated credit of the report (`《安徽日報》(2021年10月18日七版)`), its page numbered in
 * Han numerals: the paper is the publisher and the day the issue's, as with a page in digits
 * (`《工人日报》（2016年04月13日 04版）`), and the credit is no title. Excerpt from
 * dingyuan-microcredit-2021-trad (formerly held-out-219); the other cases are invented.
 */

const LEDE =
  "本報訊(記者 范克龍 通訊員 王文)10月14日至15日,國家鄉村振興局舉辦的全國金融支持鄉村振興培訓班在定遠縣召開,全縣累計發放脫貧人口小額信貸5.2億元。";

const head = (lines: readonly string[]) => {
  const { bulletin } = parseBulletinText(lines.join("\n"));
  return {
    title: bulletin.publication.title,
    publisher: bulletin.publication.publisher?.name,
    publishedOn: bulletin.issue.publishedOn,
  };
};

describe("a newspaper's dated credit with its page in Han numerals", () => {
  test.each([
    ["《安徽日報》(2021年10月18日七版)", "安徽日報", "2021-10-18"],
    ["《某某日报》（2021年06月17日 第十二版）", "某某日报", "2021-06-17"],
    ["《某某日报》（2016-04-13 第三版）", "某某日报", "2016-04-13"],
  ])("`%s` over the report", (credit, publisher, publishedOn) => {
    expect(head([credit, LEDE])).toEqual({ title: undefined, publisher, publishedOn });
  });
});

describe("credits that name no page (near-misses)", () => {
  test("a bracket with more than a page after the date is no credit's", () => {
    expect(head(["《安徽日報》(2021年10月18日七版頭條)", LEDE]).publishedOn).toBeUndefined();
  });

  test("a document's title in marks is no paper", () => {
    expect(head(["《2021年统计公报》(2022年3月1日七版)", LEDE]).publisher).toBeUndefined();
  });
});
