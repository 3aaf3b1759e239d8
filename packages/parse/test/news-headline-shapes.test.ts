import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * News headlines and credits met on the formerly held-out-10 texts (issue 14), read as families:
 * a headline that is a figure sentence its lede restates, a headline that cries out its lead
 * words, and a reprint credit worded with its verb as a label (`转自：某网`). Every example here
 * is written for the rule, not taken from a page.
 */

const title = (text: string) => parseBulletinText(text).bulletin.publication.title;
const publisher = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;

describe("a headline that is a figure sentence its lede restates", () => {
  test.each([
    {
      what: "an amount and a growth rate, under a 来源 line",
      text: "来源: 某某日报\n同比增长8.2%,增收3.6亿元\n截至9月30日,全市累计组织税收收入52.1亿元,同比增长8.2%,增收3.6亿元。其中增值税18.4亿元。\n分项看,企业所得税9.7亿元,同比增长2.1%。",
      title: "同比增长8.2%，增收3.6亿元",
    },
    {
      what: "a count in traditional characters, the lede restating it later in its sentence",
      text: "全市簽約項目1024個\n據了解,今年以來,全市共簽約招商項目1024個,簽約金額856.3億元。\n其中外資項目120個。",
      title: "全市簽約項目1024個",
    },
  ])("parseBulletinText: $what is the title", ({ text, title: expected }) => {
    expect(title(text)).toBe(expected);
  });

  test("parseBulletinText: a short line whose figure the next line does not restate goes on into it (counter-case)", () => {
    const text =
      "一、收入\n全市累计组织税收收入52.1亿\n元，同比增长8.2%，增收3.6亿元。其中增值税18.4亿元，企业所得税9.7亿元，个人所得税2.2亿元，均比上年有所增长。";
    const { bulletin } = parseBulletinText(text);
    expect(bulletin.publication.title).toBeUndefined();
    expect(bulletin.metrics.map((m) => m.value)).toContain(5_210_000_000);
  });

  test("parseBulletinText: a growth rate alone restated below makes no headline (counter-case)", () => {
    const text =
      "同比增长8.2%\n截至9月30日，全市累计组织税收收入52.1亿元，同比增长8.2%。其中增值税18.4亿元。\n分项看，企业所得税9.7亿元。";
    expect(title(text)).not.toBe("同比增长8.2%");
  });

  test("parseBulletinText: a headline of a count its lede restates is the title, whatever the count (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 99_999 }),
        fc.constantFrom("个", "件", "人", "亿元", "万吨"),
        (n, unit) => {
          const headline = `全省新签约项目${n}${unit}`;
          const text = `${headline}\n据了解，前三季度，全省共新签约项目${n}${unit}，同比增长12.5%，签约金额再创新高。\n其中外资项目占比提升。`;
          expect(title(text)).toBe(headline);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("a headline that cries out its lead words", () => {
  test.each([
    {
      what: "lead words and a figure, ASCII mark, over a page's metadata line",
      text: "好消息!全市新增就业岗位1.2万个\n来源:    时间:2024-03-18    作者:\n一季度，全市新增城镇就业1.2万人，同比增长3.1%。",
      title: "好消息！全市新增就业岗位1.2万个",
    },
    {
      what: "a whole headline cried out, full-width mark",
      text: "全省旅游收入创新高！\n发布时间：2024-10-08  来源：某某网\n国庆假期，全省接待游客2350万人次，同比增长8.6%。",
      title: "全省旅游收入创新高！",
    },
  ])("parseBulletinText: $what is the title", ({ text, title: expected }) => {
    expect(title(text)).toBe(expected);
  });

  test.each(["欢迎访问某某市统计局官方网站!无障碍浏览", "某某市统计局官方网站欢迎您!设为首页"])(
    "parseBulletinText: a site's greeting (`%s`) over the metadata line is no headline (counter-case)",
    (greeting) => {
      const text = `${greeting}\n时间:2023年11月09日 来源:某某市统计局\n前三季度，全市地区生产总值443.9亿元，同比增长5.1%。`;
      expect(title(text)).toBeUndefined();
    },
  );

  test("parseBulletinText: a line of two exclamations is no headline (counter-case)", () => {
    const text =
      "加油!干!冲!\n来源:    时间:2024-03-18    作者:\n一季度，全市新增城镇就业1.2万人，同比增长3.1%。";
    expect(title(text)).toBeUndefined();
  });
});

describe("a reprint credit worded with its verb as a label", () => {
  test.each([
    ["转自:某某网", "某某网"],
    ["转载自：某某日报", "某某日报"],
    ["摘自: 某某晚报", "某某晚报"],
  ])("parseBulletinText: `%s` names the source, not the title", (credit, name) => {
    const text = `${credit}\n原标题:全省签约招商项目3989个\n某某日报讯 记者获悉，1至9月，全省签约招商引资项目3989个，同比增长29.84%。`;
    expect(title(text)).toBe("全省签约招商项目3989个");
    expect(publisher(text)).toBe(name);
  });

  test("parseBulletinText: a sentence that says where figures come from is no credit (counter-case)", () => {
    const text = "一、总体情况\n摘自：全年共受理投诉举报7607件，同比增长5.62%，办结率99.1%。";
    expect(publisher(text)).toBeUndefined();
  });
});
