import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copy that prints no headline may open with its issuer's name alone on a line, right over the
 * first paragraph (`某县统计局` / `2023年，在县委、县政府的坚强领导下，…。`, a 公报 copied to an archive
 * without its title): the name is the publisher, and no title. Written for the rule (batch s15b's
 * 进贤 公报); the cases are invented.
 */

const LEDE = "2023年，全县上下坚持稳中求进工作总基调，各项工作迈上新台阶。";
const REST = ["一、综合", "全年实现地区生产总值363.92亿元，比上年增长3.5%。"];
const read = (...lines: string[]) => {
  const { publication } = parseBulletinText(lines.join("\n")).bulletin;
  return { title: publication.title, publisher: publication.publisher?.name };
};

describe("an issuer's name alone over the first paragraph", () => {
  test.each([
    "某县统计局",
    "某市市场监督管理局",
    "某州政务服务监督管理局",
    "某市人民政府办公室",
    "某市消费者协会",
  ])("`%s` is the publisher, and the text has no title", (issuer) => {
    expect(read(issuer, LEDE, ...REST)).toEqual({ title: undefined, publisher: issuer });
  });
});

describe("first lines that stay the title", () => {
  test.each([
    ["a headline naming its issuer", "某县统计局关于2023年统计工作的报告"],
    ["a headline on an office's event", "某省政务服务中心成立"],
    ["a 公报's title", "某县2023年国民经济和社会发展统计公报"],
    ["a meeting's headline", "我县召开政协提案交办会"],
    ["a working meeting's headline", "某市政务服务工作推进会"],
  ])("%s (`%s`) is the title", (_, headline) => {
    expect(read(headline, LEDE, ...REST).title).toBe(headline);
  });

  test("a headline over the issuer's line keeps both", () => {
    expect(read("某县2023年统计公报", "某县统计局", LEDE, ...REST)).toEqual({
      title: "某县2023年统计公报",
      publisher: "某县统计局",
    });
  });
});
