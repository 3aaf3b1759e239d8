import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy flattened onto one line whose parts open with heads in lenticular brackets, each after
 * a sentence's end and a space (`【一组数据】 …。 【两项战果】 …。 【多枚奖章】 …`): with two or more
 * such heads, no two the same, each starts a line and heads a section. A bracketed term inside a
 * sentence, one bracketed head after a sentence alone, a caption repeated and a page's labels head
 * nothing. Invented variants of the shape (the corpus's, a city police half-year news copy, is the
 * first kind).
 */

const sectionsOf = (text: string) => parseBulletinText(text).bulletin.sections.map((s) => s.title);

describe("bracketed heads run into one flattened line", () => {
  test.each([
    [
      "three heads, a sub-headline after each",
      "【两个下降】 盗窃警情“双降” 据统计，今年上半年，全区共接报盗窃警情1520起，同比下降11.4%。 【三项成果】 破获电诈案件210起 今年以来，全区共抓获嫌疑人318人。 【一批典型】 多名民警受表彰 上半年共有12名民警立功受奖。",
      ["两个下降", "三项成果", "一批典型"],
    ],
    [
      "two heads, the first after a lead sentence, no sub-headlines",
      "今年一季度某县消费维权工作平稳推进，现将有关情况通报如下。 【投诉受理】 全县共受理消费者投诉356件，同比增长8.2%。 【案件查办】 共查办消费侵权案件41件，罚没款26.5万元！",
      ["投诉受理", "案件查办"],
    ],
  ])("%s", (_, text, titles) => {
    // (A lead before the first head is the text's opening part, `正文`.)
    expect(sectionsOf(text).filter((t) => t !== "正文")).toEqual(titles);
  });
});

describe("bracketed words that start no line (near-misses)", () => {
  test.each([
    [
      "a bracketed term inside a sentence",
      "全县组织开展 【法治宣传】 活动36场，发放资料1.2万份。 【普法进村】 行动覆盖全部行政村，共开展讲座58场。",
    ],
    [
      "one bracketed head after a sentence, alone",
      "今年上半年，全市共办理政务服务事项86万件，同比增长12%。 【相关链接】 全市政务服务中心共设窗口320个。",
    ],
    [
      "a caption repeated",
      "【解说】 10月21日，某省召开新闻发布会，介绍前三季度就业情况。 【同期】 某省人社厅处长 张某 【解说】 前三季度全省城镇新增就业58万人。",
    ],
  ])("%s", (_, text) => {
    const titles = sectionsOf(text);
    expect(titles).not.toContain("法治宣传");
    expect(titles).not.toContain("普法进村");
    expect(titles).not.toContain("相关链接");
    expect(titles).not.toContain("解说");
    expect(titles).not.toContain("同期");
  });
});
