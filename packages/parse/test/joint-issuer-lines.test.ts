import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A release signed by two bodies under its date (`（2024年1月19日）` / `某省统计局` / `国家统计局某省调查
 * 总队`, as joint statistical releases print them): the second body is a co-issuer, no title, so the
 * page's headline stays the title and the first body the publisher. Every text here is written for
 * the test.
 */

const HEADLINE = "2023年全省经济稳中向好 奋进争先";
const page = (signers: string) =>
  `某省统计局\n某省人民政府网站\n${HEADLINE}\n2024-01-19 17:42:07     来源: 省统计局    \n【字体: 】     打印\n\n(2024年1月19日)\n\n${signers}\n\n2023年,全省地区生产总值24627亿元,按可比价格计算,比上年增长7.3%。其中,第一产业增加值2737亿元,比上年增长5.5%。`;
const read = (signers: string) => parseBulletinText(page(signers)).bulletin.publication;

describe("two bodies signing a release under its date", () => {
  test.each([
    [
      "a statistics bureau and a survey office",
      "某省统计局\n\n国家统计局某省调查总队",
      "某省统计局",
    ],
    ["two bureaus", "某市发展和改革委员会\n\n某市统计局", "某市发展和改革委员会"],
    ["traditional characters", "某省統計局\n\n國家統計局某省調查總隊", "某省統計局"],
  ])(
    "parseBulletinText: %s: the headline is the title, the first body the publisher",
    (_, signers, first) => {
      const publication = read(signers);
      expect(publication.title).toBe("2023年全省经济稳中向好奋进争先");
      expect(publication.publisher?.name).toBe(first);
    },
  );

  test("parseBulletinText: one body under the date is the publisher, the headline the title", () => {
    const publication = read("某省统计局");
    expect(publication.title).toBe("2023年全省经济稳中向好奋进争先");
    expect(publication.publisher?.name).toBe("某省统计局");
  });

  test("parseBulletinText: a bulletin's name over its date and issuer stays its title", () => {
    const { publication } = parseBulletinText(
      "统计信息\n（2024年1月19日）\n某省统计局\n2023年，全省地区生产总值24627亿元，比上年增长7.3%。",
    ).bulletin;
    expect(publication.title).toBe("统计信息");
    expect(publication.publisher?.name).toBe("某省统计局");
  });
});
