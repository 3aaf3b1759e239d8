import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report's subheads (小标题) that state a figure, between paragraphs: one alone whose figures the
 * paragraph under it prints again (`规上工业增加值同比增长8.4%` over `1—8月，…同比增长8.4%，…`), one of two
 * clauses parted by a comma (`本月收到应办结件61031件，按期办结率99.9%`) where the text prints other
 * subheads. Not a sentence's opening clause before the comma (`今年以来，…`), nor a picture's caption
 * (`…_图1-1`). The shape of 统计, 人社, 生态环境 and 12345 news pages of many offices. Written for the rules
 * (invented texts).
 */

const titlesOf = (text: string) => parseBulletinText(text).bulletin.sections.map((s) => s.title);

describe("a lone subhead whose figures the paragraph under it restates", () => {
  test.each([
    [
      "规上工业增加值同比增长8.4%",
      "1—8月，全省规模以上工业增加值同比增长8.4%，增速比1—7月加快0.3个百分点。分门类看，制造业增长9.1%。",
    ],
    [
      "全市新增城镇就业3.2万人",
      "据了解，一季度全市新增城镇就业3.2万人，完成全年目标任务的28.5%，同比增长4.1%。",
    ],
    [
      "热线受理群众诉求12.6万件",
      "上半年，市12345热线共受理群众诉求12.6万件，办结率99.2%，群众满意率96.8%。",
    ],
  ])("parseBulletinText: `%s` heads its part", (head, paragraph) => {
    const text = `9月19日，某市政府新闻办召开新闻发布会，通报前8个月经济运行情况。\n${head}\n${paragraph}\n下一步，将继续做好各项工作。`;
    expect(titlesOf(text)).toContain(head);
  });

  test.each([
    [
      "全市受理量突破1万件",
      "据了解，今年以来热线服务能力不断提升，群众满意度稳步提高，各承办单位办理质量明显改善。",
    ],
    ["群众满意率达到98.6%", "上半年，热线共受理诉求5.2万件，办结率99.1%。"],
    [
      "规上工业增加值同比增长8.4%_图1-1",
      "1—8月，全省规模以上工业增加值同比增长8.4%，增速比1—7月加快0.3个百分点。",
    ],
  ])(
    "parseBulletinText: `%s` over a paragraph that does not restate it stays as it was",
    (head, paragraph) => {
      const text = `9月19日，某市政府新闻办召开新闻发布会，通报前8个月经济运行情况。\n${head}\n${paragraph}\n下一步，将继续做好各项工作。`;
      expect(titlesOf(text)).not.toContain(head);
    },
  );
});

const twoSubheads = (first: string, second: string) =>
  `近日，某市发布上半年工作情况。据介绍，今年以来全市各项工作稳步推进，服务能力和群众满意度不断提升，各承办单位办理质量明显改善，为全年目标任务的完成打下了坚实基础。\n\n${first}\n\n上半年，全市共受理各类事项8.3万件，同比增长5.2%，其中网上办理6.1万件。\n\n${second}\n\n截至6月底，全市共办结事项8.1万件，按期办结率99.6%，同比提高0.4个百分点，群众对办理结果的满意率达到97.3%，较上年同期有所提高。\n\n下一步，将继续做好各项工作。`;

describe("a subhead of two clauses parted by a comma, among other subheads", () => {
  test.each([
    ["受理量持续增长", "本月收到应办结件61031件，按期办结率99.9%"],
    ["新设企业持续增加", "投诉举报量下降，满意率升至98.6%"],
    ["办件总量稳步上升", "求助类来电占比55.97%，社会事业类占比20.40%"],
  ])("parseBulletinText: `%s` and `%s` head parts", (first, second) => {
    const titles = titlesOf(twoSubheads(first, second));
    expect(titles).toContain(first);
    expect(titles).toContain(second);
  });

  test.each([
    "本月受理8.3万件，办结8.1万件，办结率99.6%",
    "今年以来，全市新增企业1.2万户",
    "总体来看，全市办结率99.6%",
  ])(
    "parseBulletinText: `%s` (three clauses, or a sentence's opening clause) stays text",
    (line) => {
      expect(titlesOf(twoSubheads("受理量持续增长", line))).not.toContain(line);
    },
  );
});
