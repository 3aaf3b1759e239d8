import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A 公报 archive's page prints its title (with the year it files the report under: `2021年某市…统计公报
 * 2021`), a line of its own furniture (`选择区域:>>>`), then the report's own headline again and the
 * report's issuer lines (`某市统计局` / `国家统计局某市调查队`): the headline is said once, the
 * furniture between is dropped, and the first issuer line under the headline is the publisher. A
 * line between that is a sentence or a body's name (`标题` / `某市市场监督管理局` / `标题`, read as
 * the issuer between two copies), or a second line that is another headline, is no such repeat.
 * Written for the rule (held-out-30's 镇江 2021 公报 on an archive lost its issuers); the cases are
 * invented.
 */

const BODY =
  "2021年，全市上下坚持稳中求进工作总基调，经济社会高质量发展扎实推进。\n\n一、综合\n\n初步核算，2021年，全市实现地区生产总值4763.42亿元，比上年增长9.4%。";
const TITLE = "2021年某市国民经济和社会发展统计公报";

const read = (head: string) => {
  const b = parseBulletinText(`${head}\n\n${BODY}`).bulletin;
  return {
    title: b.publication.title,
    publisher: b.publication.publisher?.name,
    sections: b.sections.map((s) => s.title),
  };
};

describe("a page's title, its furniture, then the headline again", () => {
  test.each([
    ["the archive's year tag and a region selector", `${TITLE} 2021\n\n选择区域:>>>\n\n${TITLE}`],
    ["the same line twice around a selector", `${TITLE}\n选择区域:>>\n${TITLE}`],
    ["two lines of furniture", `${TITLE} 2021\n选择区域:>>>\n返回列表\n${TITLE}`],
  ])("%s: one headline, the issuer under it the publisher", (_, head) => {
    expect(read(`${head}\n\n某市统计局\n\n国家统计局某市调查队`)).toEqual({
      title: TITLE,
      publisher: "某市统计局",
      sections: ["正文", "综合"],
    });
  });

  test("without issuer lines: the headline said once", () => {
    expect(read(`${TITLE} 2021\n\n选择区域:>>>\n\n${TITLE}`)).toEqual({
      title: TITLE,
      publisher: undefined,
      sections: ["正文", "综合"],
    });
  });
});

describe("lines between that are no furniture", () => {
  test("a sentence between the two copies keeps its place", () => {
    const r = read(`${TITLE} 2021\n据统计，全市经济运行平稳。\n${TITLE}\n\n某市统计局`);
    expect(r.sections).not.toEqual(["正文", "综合"]);
  });

  test("an issuer between the two copies is the publisher, no furniture", () => {
    const r = read(`${TITLE}\n某市市场监督管理局\n${TITLE}`);
    expect(r).toEqual({
      title: TITLE,
      publisher: "某市市场监督管理局",
      sections: ["正文", "综合"],
    });
  });

  test("another headline under the title is no repeat", () => {
    const r = read(`${TITLE} 2021\n选择区域:>>>\n2020年某市国民经济和社会发展统计公报`);
    expect(r.title).toBe(TITLE);
    expect(r.sections).toContain("2020年某市国民经济和社会发展统计公报");
  });
});
