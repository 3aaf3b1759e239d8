import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's title line, then the same title printed again broken over two or three lines, as the
 * page's banner lays it out (`某县二〇二三年国民经济和社会发展统计公报` / `某县二〇` /
 * `国民经济和社会发展统计公报`: the banner's year partly an image, lost from the copy). The broken
 * copy is the title said again, not more of it: the whole line is the title, the copy's lines are
 * dropped with a warning. Before, the masthead joined all three lines into one title. Every text
 * here is written for the test.
 */

const read = (text: string) => {
  const { bulletin, warnings } = parseBulletinText(text);
  return {
    title: bulletin.publication.title,
    duplicates: warnings.filter((w) => w.code === "duplicate-line-dropped").length,
  };
};

const BODY =
  "\n\n某县统计局\n\n2024年4月15日\n\n一、综合\n\n全县实现地区生产总值123.45亿元，比上年增长5.1%。\n";

describe("a title printed again, broken over lines", () => {
  test.each([
    {
      what: "a piece lost in the middle",
      head: "某县二〇二三年国民经济和社会发展统计公报\n\n某县二〇\n\n国民经济和社会发展统计公报",
      duplicates: 2,
    },
    {
      what: "the whole title over two lines",
      head: "某县2023年国民经济和社会发展统计公报\n某县2023年\n国民经济和社会发展统计公报",
      duplicates: 2,
    },
    {
      what: "the whole title over three lines",
      head: "某县2023年国民经济和社会发展统计公报\n某县2023年\n国民经济和社会发展\n统计公报",
      duplicates: 3,
    },
  ])("$what: the whole line is the title", ({ head, duplicates }) => {
    const { title, duplicates: dropped } = read(`${head}${BODY}`);
    expect(title).toMatch(/^某县(?:二〇二三|2023)年国民经济和社会发展统计公报$/);
    expect(dropped).toBe(duplicates);
  });
});

describe("lines that are no copy of the title (near-misses)", () => {
  test("a title over two lines, no whole line before it: nothing dropped", () => {
    const { duplicates } = read(`某县2023年\n国民经济和社会发展统计公报${BODY}`);
    expect(duplicates).toBe(0);
  });

  test("the issuer under the title shares its first words: kept as the issuer", () => {
    const { bulletin, warnings } = parseBulletinText(
      "某县统计公报\n\n某县统计局\n\n2024年4月15日\n\n一、综合\n\n全县实现地区生产总值123.45亿元。\n",
    );
    expect(bulletin.publication.title).toBe("某县统计公报");
    expect(bulletin.publication.publisher?.name).toBe("某县统计局");
    expect(warnings.filter((w) => w.code === "duplicate-line-dropped")).toEqual([]);
  });

  test("a subtitle that only ends as the title does is not dropped", () => {
    const { duplicates } = read(`某县2023年国民经济和社会发展统计公报\n——某县统计公报${BODY}`);
    expect(duplicates).toBe(0);
  });
});
