import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A government report closed by the office that wrote it, alone in brackets after the last
 * sentence (`…增加2.07个百分点。（会计科）`, `…。(综合办公室)`, `…。（某市住房公积金管理中心）`): the
 * office is the publisher when nothing above names one. A unit, a note, a degree or a person in
 * brackets names none. Every example is written for the rule, not taken from a page.
 */

const publisher = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;
const report =
  "2019年11月，全市新增住房公积金归集额18567.70万元，占全市新增归集额的41.58%。\n截至11月末，全市累计归集住房公积金142.40亿元，同比增长17.79%，个贷率较上年末增加2.07个百分点。";

describe("an office alone in brackets closing the last paragraph", () => {
  test.each([
    ["（会计科）", "会计科"],
    ["(综合办公室)", "综合办公室"],
    ["（某市住房公积金管理中心）", "某市住房公积金管理中心"],
    ["（归集管理股）", "归集管理股"],
    ["（某縣統計局）", "某縣統計局"],
  ])("parseBulletinText: `%s` names the office", (credit, name) => {
    expect(publisher(`${report}${credit}`)).toBe(name);
  });

  test.each([
    "（单位：万元）",
    "（本科）",
    "（完）",
    "（王明）",
    "（全年）",
    "（以上数据为初步统计）",
    "（见附件）",
  ])("parseBulletinText: `%s` names no office (counter-case)", (credit) => {
    expect(publisher(`${report}${credit}`)).toBeUndefined();
  });
});
