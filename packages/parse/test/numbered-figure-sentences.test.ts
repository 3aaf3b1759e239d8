import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A `一、` point whose first sentence has clauses and reports figures (`二、目前全镇共有脱贫户771户2750人,
 * 三类监测对象112户331人。通过帮扶,…`) is a numbered paragraph, whether more sentences follow it or not:
 * its section is named by its marker and its figures are read. A run-in heading (`一、受理情况。…`,
 * `一、强化组织领导,压实工作责任。…`) still heads its section. Every text here is written for the test.
 */

const read = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    sections: bulletin.sections.map((s) => s.title),
    figures: bulletin.metrics.map((m) => `${m.value}${m.unit}`),
  };
};

describe("a numbered point that is a sentence of figures", () => {
  test.each([
    {
      what: "counts of households and people, more sentences after",
      text: "一、新街镇1月无新识别监测对象,自然增加2人,自然减少12人。\n二、目前全镇共有脱贫户771户2750人,三类监测对象112户331人。通过帮扶,已消除风险的监测对象104户303人。",
      figures: ["771户", "2750人", "112户", "331人", "104户", "303人"],
    },
    {
      what: "an amount and its share, a sentence after",
      text: "一、全年完成固定资产投资12.5亿元,占年度计划的85%。其中工业投资5亿元。\n二、新开工项目8个,竣工项目3个。",
      figures: ["1250000000元", "85%", "500000000元"],
    },
  ])("$what: its figures are read", ({ text, figures }) => {
    const got = read(text).figures;
    for (const f of figures) expect(got).toContain(f);
  });

  test.each([
    {
      what: "a run-in heading closed by 。",
      text: "一、受理情况。本月共受理诉求1200件,办结1180件。\n二、办理情况。按期办结率98%。",
      sections: ["受理情况", "办理情况"],
    },
    {
      what: "a run-in heading of parallel phrases without a figure",
      text: "一、强化组织领导,压实工作责任。各乡镇成立工作专班12个。\n二、加强督促检查,确保取得实效。共开展督查5次。",
      sections: ["强化组织领导，压实工作责任", "加强督促检查，确保取得实效"],
    },
  ])("$what still heads its section", ({ text, sections }) => {
    expect(read(text).sections).toEqual(sections);
  });
});
