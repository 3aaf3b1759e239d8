import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A bulletin's name (a year in it, closed by 公报 or 通报) that a copy ran straight on into its
 * issuer's name on the first line (`某县2020年国民经济和社会发展统计公报某县统计局`), the joint issuer
 * and the date on the line under it: the name is the title, the issuer the publisher. The issuer
 * names the title's place (its first two characters are in the title) and ends as a body's name
 * does; a name closed by other words (`…统计公报发布会`, `…公报解读`) is left whole. Written for the
 * rule (formerly held-out-36's county bulletin in traditional characters); the texts are invented.
 */

const BODY =
  "2020年是某县发展史上极不平凡的一年，全县经济发展稳中向好。\n一、综合\n2020年末，全县户籍人口147.8万人，比上年增加1.2万人。";

const head = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return [bulletin.publication.title, bulletin.publication.publisher?.name];
};

describe("a bulletin's name run into its issuer's", () => {
  test.each([
    [
      "某某县2020年国民经济和社会发展统计公报某某县统计局",
      "某某县2020年国民经济和社会发展统计公报",
      "某某县统计局",
    ],
    [
      "某某縣2020年國民經濟和社會發展統計公報某某縣統計局",
      "某某縣2020年國民經濟和社會發展統計公報",
      "某某縣統計局",
    ],
    [
      "2021年某某市国民经济和社会发展统计公报某某市统计局",
      "2021年某某市国民经济和社会发展统计公报",
      "某某市统计局",
    ],
    [
      "某某区2023年第一季度政务服务工作情况通报某某区政务服务中心",
      "某某区2023年第一季度政务服务工作情况通报",
      "某某区政务服务中心",
    ],
  ])("parseBulletinText: `%s` is the title and the publisher", (line, title, publisher) => {
    expect(head(`${line}\n国家统计局某县调查队 2021年3月25日\n${BODY}`)).toEqual([
      title,
      publisher,
    ]);
  });

  test.each([
    "某某县2020年国民经济和社会发展统计公报发布会",
    "某某县2020年国民经济和社会发展统计公报解读",
    "某某县2020年国民经济和社会发展统计公报某某县各乡镇",
  ])("parseBulletinText: `%s` is not parted (counter-case)", (line) => {
    expect(head(`${line}\n${BODY}`)[0]).not.toBe(line.slice(0, line.indexOf("公报") + 2));
  });
});
