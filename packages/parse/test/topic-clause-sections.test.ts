import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `一、人口方面，本市年末总人口…。`: a numbered part whose first clause names its topic (`…方面`,
 * two to twelve characters of Han text before its `，`) and runs on into the part's text. The topic
 * heads the part; the text after its `，` is the part's first paragraph. Every text here is written
 * for the test.
 */

const LEAD = "某市统计局\n\n为反映本市施政成果，本处汇编重要指标数据，分析重点说明如下：\n";

describe("a numbered part led by its topic clause", () => {
  test.each([
    [
      "一、人口方面，本市年末总人口数86万3,210人，自然增加率为千分之2.1。\n二、社会治安方面，全年刑事案件发案1,204件，较上年减少8.5%。\n三、环境保护方面，空气质量优良天数比例为91.2%。",
      ["人口方面", "社会治安方面", "环境保护方面"],
      "本市年末总人口数",
    ],
    [
      "一、财政、税收方面，全年一般公共预算收入45.6亿元，增长6.2%。\n二、医疗卫生方面，年末共有医疗机构532个，床位8,120张。",
      ["财政、税收方面", "医疗卫生方面"],
      "全年一般公共预算收入",
    ],
  ])("`%j`: the parts are headed %j", (body, headings, text) => {
    const { bulletin } = parseBulletinText(`${LEAD}${body}`);
    const titles = bulletin.sections.map((s) => s.title);
    for (const h of headings) expect(titles).toContain(h);
    // The clause's text stays the part's text.
    expect(JSON.stringify(bulletin.sections)).toContain(text);
  });

  // Near-misses: a sentence that opens with its topic (`在…方面`), a clause that holds a figure, a
  // long clause, a topic before a colon (a label, read as before).
  test.each([
    ["一、在人口方面，本市年末总人口数86万人，自然增加率为千分之2.1。", "一、"],
    ["一、2023年人口方面，本市年末总人口数86万人，自然增加率为千分之2.1。", "一、"],
    ["一、本市在推进城乡融合发展的各个方面，年末总人口数86万人，自然增加率为千分之2.1。", "一、"],
    ["一、人口方面：本市年末总人口数86万人，自然增加率为千分之2.1。", "人口方面"],
  ])("`%s` is headed `%s`", (body, heading) => {
    const { bulletin } = parseBulletinText(`${LEAD}${body}\n二、其他情况\n全年各项工作平稳推进。`);
    expect(bulletin.sections.map((s) => s.title)).toContain(heading);
  });
});
