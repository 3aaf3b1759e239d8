import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A 统计公报's head that prints its title, then its issuer's name alone on a line, then the first
 * numbered section (`某区2022年…统计公报` / `某区统计局` / `一、综合`), no date, the name holding the place
 * the title opens with: the issuer is the publisher and no line of the text, as it is over a first
 * paragraph. A line there that names no body, or a body of no place the title names (as
 * `account-lines.test.ts` has it), stays the text's. Written for the rule (formerly held-out-27's 張灣區 公报, a `?` a copy left
 * under the issuer); every text here is invented.
 */

const BODY =
  "一、综合\n2022年全区实现地区生产总值548.4亿元，比上年下降4.9%。\n二、农业\n全年全区粮食产量1562吨，比上年下降5%。";

const read = (head: string, body = BODY) => {
  const { publication, sections } = parseBulletinText(`${head}\n${body}`).bulletin;
  return {
    title: publication.title,
    publisher: publication.publisher?.name,
    sections: sections.map((s) => s.title),
  };
};

describe("an issuer's name between the title and the first section", () => {
  test.each([
    [
      "某区2022年国民经济和社会发展统计公报\n某区统计局",
      "某区2022年国民经济和社会发展统计公报",
      "某区统计局",
    ],
    [
      "某区2022年国民经济和社会发展统计公报 2022\n某区统计局\n?",
      "某区2022年国民经济和社会发展统计公报",
      "某区统计局",
    ],
    [
      "某區2022年國民經濟和社會發展統計公報\n某區統計局",
      "某區2022年國民經濟和社會發展統計公報",
      "某區統計局",
    ],
    ["某县2023年统计公报\n国家统计局某县调查队", "某县2023年统计公报", "国家统计局某县调查队"],
  ])("`%s`: the issuer publishes, the sections are the numbered ones", (head, title, publisher) => {
    expect(read(head)).toEqual({ title, publisher, sections: ["综合", "农业"] });
  });

  test.each([
    ["a line that names no body", "某区2022年国民经济和社会发展统计公报\n（2023年3月发布）"],
    ["a person's name", "某区2022年国民经济和社会发展统计公报\n张某某"],
    ["a body of another place", "某区2022年国民经济和社会发展统计公报\n某市价格监测中心"],
    ["a title that opens with no place", "全国12358价格监管平台11月分析报告\n某市价格监测中心"],
  ])("%s is no publisher", (_, head) => {
    expect(read(head).publisher).toBeUndefined();
  });

  test("an issuer over a first paragraph is read as before", () => {
    expect(
      read(
        "某区2022年国民经济和社会发展统计公报\n某区统计局",
        "2022年，全区实现地区生产总值548.4亿元，比上年下降4.9%。\n一、农业\n全年全区粮食产量1562吨。",
      ).publisher,
    ).toBe("某区统计局");
  });
});
