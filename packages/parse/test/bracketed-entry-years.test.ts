import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A yearbook's entry part copied alone or under a news copy: a head in lenticular brackets run into
 * its text, the text opening with its year and a comma (`【审计监管】 2020年，某县审计局完成审计项目
 * 15个，…`, `【概況】2016年，某市財政運行總體平穩，…`). The part records that year: the period, whether
 * the sentence gives a count or not. A head alone in the text heads its section as two or more
 * do. A page's bracketed label (`【编者按】`, `【来源】`), a head whose text opens with no year
 * (`【部门动态】春节黄金周期间…`) and a year's month (`【概况】2020年5月，…`) state no year. Written
 * for the rule (the corpus's shapes, a county audit office's yearbook entry and a city's finance
 * entry quoted by a news copy, are the first).
 */

const parse = (text: string) => parseBulletinText(text).bulletin;

describe("a yearbook entry's bracketed part opening with its year", () => {
  test.each([
    [
      "【审计监管】 2020年，某县审计局完成审计项目15个，提出审计建议67条，采纳67条。推进财政预算执行审计，实现一次性对全县67个一级预算部门审计全覆盖。",
      2020,
      "审计监管",
    ],
    ["【人民调解】2019年,全县共有人民调解委员会215个,调解各类纠纷3157件。", 2019, "人民调解"],
    [
      "【概況】2016年，某市財政運行總體平穩，為全市經濟社會發展提供了財力支撐。全市一般公共預算收入完成1175.4億元。",
      2016,
      "概況",
    ],
  ])("parseBulletinText: `%s` records %i under its head", (text, year, head) => {
    const b = parse(text);
    expect(b.issue.period).toEqual({ kind: "year", year });
    expect(b.sections.map((s) => s.title)).toEqual([head]);
  });

  test("parseBulletinText: a news copy over the quoted entry takes the entry's year", () => {
    const b = parse(
      "某市財政局：去年全市一般公共預算支出完成1597.2億元\n近日，某市財政局官網公佈的年鑒財政部分顯示，全市一般公共預算收入完成1175.4億元。\n原文如下：\n【概況】2016年，某市財政運行總體平穩，為全市經濟社會發展提供了財力支撐。\n【財政改革】某市財政局進一步完善分稅制財政體制，實現預算管理全覆蓋。",
    );
    expect(b.issue.period).toEqual({ kind: "year", year: 2016 });
  });

  test.each([
    "【部门动态】春节黄金周期间我市共发送旅客93.51万人次，同比增长5.2%。",
    "【编者按】2020年，某市持续深化政务服务改革，现将有关情况整理如下。",
    "【概况】2020年5月，某县审计局完成审计项目15个。",
  ])("parseBulletinText: `%s` states no year and heads nothing alone (counter-case)", (text) => {
    const b = parse(text);
    expect(b.issue.period?.kind).not.toBe("year");
    expect(b.sections.map((s) => s.title)).not.toContain("部门动态");
    expect(b.sections.map((s) => s.title)).not.toContain("编者按");
  });
});
