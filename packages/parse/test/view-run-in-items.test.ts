import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `（一）从三大门类看，…；…。`: a numbered point that opens with a point of view closed by a comma (从 or
 * 分 and a topic, 看), the run-in title of a statistics office's breakdown, as the same view
 * alone on its line heads one. Traditional copies print `從…看`. A clause of time (`从1-5月看`), a view
 * without its marker, a clause that is no view (`从严从实抓好…`) or one with `来看` (`从投诉问题来看，…`, a
 * sentence's opening clause, as older tests hold) keeps its reading. Written for the
 * rule (a district's monthly economy notes print six such points).
 */

const itemTitles = (point: string): (string | undefined)[] => {
  const text = [
    "某区经济运行简析",
    "",
    "一、工业生产平稳增长",
    "1-10月，全区规模以上工业增加值同比增长5.2%。",
    point,
    "（二）从重点企业看，十家重点企业产值86.5亿元，同比增长7.1%。",
  ].join("\n");
  return parseBulletinText(text).bulletin.sections.flatMap((s) => s.items.map((i) => i.title));
};

describe("a numbered point run in after a point of view", () => {
  test.each([
    ["（一）从三大门类看，全区无采矿业；制造业增加值同比增长4.6%。", "从三大门类看"],
    ["（一）分行业看，41个大类行业中有23个行业增加值增长。", "分行业看"],
    ["（一）從支柱產業看，三大支柱工業增加值93.2億元，同比增長3.1%。", "從支柱產業看"],
    ["（一）从各镇（街道）看，增幅由高到低依次是甲镇增长9.1%、乙镇增长6.3%。", "从各镇（街道）看"],
  ])("`%s`: the title `%s`", (point, title) => {
    const titles = itemTitles(point);
    expect(titles).toContain(title);
    expect(titles).toContain("从重点企业看");
  });

  test.each([
    ["（一）从1-5月看，全区工业增加值增长4.8%。"],
    ["（一）从严从实抓好安全生产，全年检查企业126家。"],
    // `来看`: a sentence's opening clause (`从…来看，…较多的有`), not a breakdown's terse head.
    ["（一）从投诉问题来看，投诉量较大的有：质量312件。"],
  ])("`%s` has no run-in title", (point) => {
    expect(itemTitles(point)[1]).toBeUndefined();
  });
});
