import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's line under its headline naming the office that put the page up, then the page's date
 * and clock time, its reading count perhaps after it (`上海市统计局 2023-07-21 11:04 840 阅读`): the
 * office is the publisher, the date the page's (an office's name may be longer than a self-media
 * account's). An outlet's line may print the count too. A label without its colon before the date
 * names no publisher; an office's line without a clock stays the masthead's issuer and date. Every text here is written for the test.
 */

const page = (line: string) =>
  `2023年上半年某市国民经济运行情况\n\n${line}\n\n2023年上半年，全市地区生产总值2139.17亿元，同比增长9.7%。\n\n一、工业生产较快增长\n\n上半年，全市规模以上工业增加值同比增长14.2%。`;

describe("an office's name before the page's clocked date", () => {
  test.each([
    ["上海市统计局 2023-07-21 11:04 840 阅读", "上海市统计局", "2023-07-21"],
    ["某市统计局 2023-07-21 11:04", "某市统计局", "2023-07-21"],
    [
      "某省人力资源和社会保障厅 2022-05-01 09:30:00 阅读 1203",
      "某省人力资源和社会保障厅",
      "2022-05-01",
    ],
    ["某县人民政府  2020/01/09 08:00  阅读量：56", "某县人民政府", "2020-01-09"],
    ["某市生态环境局 2021年6月3日 15:20", "某市生态环境局", "2021-06-03"],
    [
      "某自治区人力资源和社会保障厅机关服务中心 2022-05-01 09:30",
      "某自治区人力资源和社会保障厅机关服务中心",
      "2022-05-01",
    ],
    ["新华网 2023-07-21 11:04 840 阅读", "新华网", "2023-07-21"],
    ["某市统计局 2023-07-21 11:04 浏览人次：88", "某市统计局", "2023-07-21"],
  ])("`%s`: the office is the publisher, its date the page's", (line, publisher, date) => {
    const { bulletin, warnings } = parseBulletinText(page(line));
    expect(bulletin.publication.title).toBe("2023年上半年某市国民经济运行情况");
    expect(bulletin.publication.publisher?.name).toBe(publisher);
    expect(bulletin.issue.publishedOn).toBe(date);
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 3)).toBe(true);
  });

  test.each(["2023-06-27 15:58 阅读人数:1", "2023-06-27 15:58:02 浏览人数：1024"])(
    "`%s`: a clocked date and a count of readers, no name: the page's date, no publisher",
    (line) => {
      const { bulletin, warnings } = parseBulletinText(page(line));
      expect(bulletin.publication.title).toBe("2023年上半年某市国民经济运行情况");
      expect(bulletin.publication.publisher).toBeUndefined();
      expect(bulletin.issue.publishedOn).toBe("2023-06-27");
      expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 3)).toBe(
        true,
      );
    },
  );

  test("a count of people in a sentence after a clock time stays the text's", () => {
    const line = "2023-06-27 15:58，某市政务服务中心接待办事人数：1024人次。";
    const { bulletin } = parseBulletinText(page(line));
    expect(JSON.stringify(bulletin.sections)).toContain("接待办事人数");
  });

  test("a label without its colon before the date names no publisher", () => {
    const { bulletin } = parseBulletinText(page("发布时间 2023-07-21 11:04 840 阅读"));
    expect(bulletin.publication.publisher).toBeUndefined();
  });

  test("an office's line without a clock is the masthead's issuer and date", () => {
    const { bulletin } = parseBulletinText(page("某市统计局 2023年7月21日"));
    expect(bulletin.publication.publisher?.name).toBe("某市统计局");
    expect(bulletin.issue.publishedOn).toBe("2023-07-21");
  });

  test("a sentence naming an office and a clocked date stays the text's", () => {
    const line = "某市统计局2023-07-21 11:04发布数据显示，上半年全市实现增加值821.5亿元。";
    const { bulletin } = parseBulletinText(page(line));
    expect(bulletin.publication.publisher).toBeUndefined();
    expect(bulletin.metrics.map((m) => m.value)).toContain(82150000000);
  });
});
