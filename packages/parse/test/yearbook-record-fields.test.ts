import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `书名:` / `一级目:城乡建设和管理` / `二级目:住房和城乡建设` / `【市政道路建设】2021年,…`: a yearbook database's record fields
 * over the entry it shows are the page's lines, never the title (the first was read as one). Since
 * session 49 the entry's name in lenticular brackets is the title
 * (`catalogued-yearbook-entries.test.ts`) where it is a name of Han characters alone; a name
 * holding other marks (`【农村“厕所革命”】`) still heads the entry's section. Lines from
 * `shenzhen-district-roads-2021-sznianjian` and `yongzhou-rural-toilets-2020-yearbook`, cut short;
 * the near misses are invented.
 */

const read = (lines: readonly string[]) => {
  const { bulletin, warnings } = parseBulletinText(lines.join("\n"));
  return {
    title: bulletin.publication.title,
    sections: bulletin.sections.map((s) => s.title),
    dropped: warnings.filter((w) => w.code === "web-line-dropped").map((w) => w.position.line),
  };
};

describe("a yearbook database's record fields over its entry", () => {
  test("parseBulletinText: the fields are dropped, the entry's name is the title", () => {
    const { title, dropped } = read([
      "书名:",
      "一级目:城乡建设和管理",
      "二级目:住房和城乡建设",
      "【市政道路建设】2021年,作为建设责任单位的项目有市政道路建设、边境地区专项补助资金项目,完成投资3.2亿元。",
    ]);
    expect(title).toBe("市政道路建设");
    expect(dropped).toEqual([1, 2, 3]);
  });

  test.each([
    [
      [
        "书名:",
        "一级目:生 态 文 明 建 设Ecological Civilization Construction",
        "二级目:农村人居环境",
        "【农村“厕所革命”】 2020年,永州市实行农村整镇整村连片推进、改水改厕治污一体实施,新改建户厕12.6万座。",
      ],
      "农村“厕所革命”",
    ],
  ])("parseBulletinText: %j: the fields are dropped, no title made of them", (lines, entry) => {
    const { title, sections, dropped } = read(lines);
    expect(title).toBeUndefined();
    expect(dropped).toEqual([1, 2, 3]);
    expect(sections).toContain(entry);
  });
});

describe("lines like the record's fields that are the text's (near misses)", () => {
  test.each([
    ["一级目标:全年新增就业5万人", "a target's label"],
    ["书名号《》内为文件名称", "a note on marks"],
    ["一级目:各地按要求报送数据。其余由省厅汇总。", "a field holding a sentence"],
  ])("parseBulletinText: %j (%s) is kept", (line) => {
    const { dropped } = read([
      "2021年某市就业工作总结",
      line,
      "2021年,全市城镇新增就业5.2万人,完成年度目标的104%。",
    ]);
    expect(dropped).toEqual([]);
  });
});
