import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper's web edition around a copied report (tuning batch s9c): the page's label (`第2版：
 * 中国`), its navigation (`3上一版 下一版4`, `本版标题导航`) and its date with the reader's zoom
 * tools (`2023年9月16日 放大 缩小 默认`). They are the page's, not the report's; the date is the
 * page's. Examples written for the rules.
 */

const BODY = "全市规模以上工业增加值同比增长6.2%，社会消费品零售总额增长8.1%。";

describe("a newspaper's page furniture", () => {
  test.each([
    {
      head: [
        "第2版:中国",
        "3上一版  下一版4",
        "本版标题导航",
        "第2版:中国",
        "2023年9月16日 放大 缩小 默认",
      ],
      date: "2023-09-16",
    },
    {
      head: ["第05版：要闻", "上一版 下一版", "2021年3月2日 星期二 放大 缩小 默认"],
      date: "2021-03-02",
    },
    { head: ["第12版:经济", "版面导航", "2019-06-01 放大 缩小"], date: "2019-06-01" },
  ])(
    "parseBulletinText: `$head` over a headline is the page's, its date $date",
    ({ head, date }) => {
      const text = `${head.join("\n")}\n某市经济运行稳中向好\n\n某某日报讯（记者 王某）${BODY}`;
      const { bulletin, warnings } = parseBulletinText(text);
      expect(bulletin.publication.title).toBe("某市经济运行稳中向好");
      expect(bulletin.issue.publishedOn).toBe(date);
      expect(bulletin.publication.publisher?.name).toBe("某某日报");
      const dropped = warnings.filter((w) => w.code === "web-line-dropped").length;
      expect(dropped).toBeGreaterThanOrEqual(head.length - 1);
    },
  );

  test("parseBulletinText: a digital edition's tools (通版, 当前版, 文章字数) around the headline are the page's", () => {
    const text = [
      "通版阅读请点击:",
      "展开通版",
      "收缩通版",
      "当前版:01版",
      "发布日期:2015年12月01日 上一版  下一版",
      "某县10个月劳务创收6.88亿元",
      "文章字数:651",
      `  本报讯(记者 王某)${BODY}`,
    ].join("\n");
    const { bulletin, warnings } = parseBulletinText(text);
    expect(bulletin.publication.title).toBe("某县10个月劳务创收6.88亿元");
    expect(bulletin.issue.publishedOn).toBe("2015-12-01");
    const dropped = warnings
      .filter((w) => w.code === "web-line-dropped")
      .map((w) => w.position.line);
    expect(dropped).toEqual(expect.arrayContaining([1, 2, 3, 4, 7]));
  });

  test("parseBulletinText: a numbered line holding a figure over a dateline's paragraph is no headline", () => {
    const text = `（一）劳务创收6.88亿元\n本报讯(记者 王某)${BODY}`;
    expect(parseBulletinText(text).bulletin.publication.title).toBeUndefined();
  });

  test.each([
    { line: "第2版：我市三个项目入选省级示范名单，总投资12亿元。" },
    { line: "当前版本的系统已停用" },
    { line: "文章字数不少于3000字" },
    { line: "放大镜和缩小镜的销量增长" },
    { line: "上一版本的系统已停用" },
  ])("parseBulletinText: `$line` is the text's", ({ line }) => {
    const { warnings } = parseBulletinText(`某市经济运行稳中向好\n${line}\n${BODY}`);
    expect(warnings.filter((w) => w.code === "web-line-dropped")).toEqual([]);
  });
});
