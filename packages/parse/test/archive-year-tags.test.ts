import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A 公报 archive's copy prints the year it files a report under after the report's title, set off
 * by a space (`2024年某县国民经济和社会发展统计公报 2024`, over `选择区域:>>`); the repair joins the
 * year to the title. The year is the archive's tag, no part of the title, when the title states it
 * itself (`2024年`). A title ending in another number, or in a year it does not state, keeps it.
 * Every text here is written for the test.
 */

const BODY =
  "选择区域:>>\n\n2024年,全县上下坚持稳中求进工作总基调,全县经济社会高质量发展扎实推进。\n\n一、综合\n\n根据地区生产总值统一核算结果,2024年,全县生产总值731.1亿元,比上年增长6.0%。";

describe("an archive's year tag after a 公报's title", () => {
  test.each([
    ["2024年平阳县国民经济和社会发展统计公报 2024", "2024年平阳县国民经济和社会发展统计公报"],
    ["庐江县2024年国民经济和社会发展统计公报 2024", "庐江县2024年国民经济和社会发展统计公报"],
    ["某某市2023年国民经济和社会发展统计公报  2023", "某某市2023年国民经济和社会发展统计公报"],
    ["2022年某自治县国民经济和社会发展统计公报 2022", "2022年某自治县国民经济和社会发展统计公报"],
    ["某区2021年环境质量状况公报 2021", "某区2021年环境质量状况公报"],
  ])("`%s`: the title is `%s`", (head, title) => {
    const { bulletin } = parseBulletinText(`${head}\n\n${BODY}`);
    expect(bulletin.publication.title).toBe(title);
    expect(bulletin.sections.map((s) => s.title)).toContain("综合");
  });

  // Near-misses: a year the title does not state, a title ending in a span or a plan's years, a
  // title without any year.
  test.each([
    ["2024年平阳县国民经济和社会发展统计公报 2023", "2024年平阳县国民经济和社会发展统计公报2023"],
    [
      "某县国民经济和社会发展第十四个五年规划2021-2025",
      "某县国民经济和社会发展第十四个五年规划2021-2025",
    ],
    ["某县国民经济和社会发展统计公报 2024", "某县国民经济和社会发展统计公报2024"],
    ["某县2024年统计公报第2024", "某县2024年统计公报第2024"],
  ])("`%s` keeps its number: the title is `%s`", (head, title) => {
    expect(parseBulletinText(`${head}\n\n${BODY}`).bulletin.publication.title).toBe(title);
  });
});
