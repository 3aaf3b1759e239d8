import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy's opening naming the yearly report, notice or data bulletin a body released, the
 * year it covers being the copy's period:
 * - a notice's title in `《》` (`发布了《2021年全省电梯安全状况的通告》`, `印发《关于2020年…的通告》`);
 * - a report's title in `《》` giving its year in brackets at its end (`发布《某省商标发展报告(2023年度)》`);
 * - a notice named in quotes after `关于` (`公布“关于2019年童车等30种产品质量监督抽查情况”的通报`);
 * - a data bulletin named after a comma (`某局发布，2015年全省1%人口抽样调查主要数据公报。`).
 * Near-misses: a span within the year (`（2023年第一季度）`, `2019年上半年…情况`), a title with no
 * year (`（试行）`), a notice's title with a month (`《2021年6月…的通告》`), a `通报` in `《》` (its text
 * states the span it covers: `通报称，2020年7月—10月，…`). Written for the rule (four
 * national and provincial news copies of the formerly held-out sets 98–105); every text here is
 * invented.
 */

const period = (text: string) => parseBulletinText(text).bulletin.issue.period;
const TAIL = "\n报告显示，全省共登记各类设备12.5万台，同比增长6.1%。\n下一步，将继续加强监管。";

describe("the year of a released notice, report or data bulletin", () => {
  test.each([
    [
      "a notice in 《》",
      "人民网4月20日电 近日，某省市场监管局发布了《2021年全省电梯安全状况的通告》（以下简称《通告》）。",
      2021,
    ],
    [
      "a notice in 《》 after 关于",
      "某省政府办公厅印发《关于2020年全省电梯安全状况的通告》。",
      2020,
    ],
    [
      "a year noted in brackets",
      "24日，某省市场监管局发布《某省商标与地理标志发展报告(2023年度)》。去年，全省新增注册商标2.1万件。",
      2023,
    ],
    [
      "a quoted notice after 关于",
      "某局公布“关于2019年童车等30种产品质量监督抽查情况”的通报，涉及童车、服装等产品。",
      2019,
    ],
    [
      "a data bulletin after a comma (traditional characters)",
      "【某報專訊】某省統計局發布,2015年全省1%人口抽樣調查主要數據公報。據統計,全省常住人口為5120萬人,與2010年11月1日的5010萬人相比,5年共增加110萬人。",
      2015,
    ],
  ])("%s", (_, opening, year) => {
    expect(period(`${opening}${TAIL}`)).toEqual({ kind: "year", year });
  });

  test.each([
    ["a quarter in brackets", "某局发布《某省商标发展报告（2023年第一季度）》。"],
    ["no year in brackets", "某局发布《某省商标发展报告（试行）》。"],
    ["a half-year notice", "某局公布“关于2019年上半年童车产品质量监督抽查情况”的通报。"],
    ["a month in the notice's title", "某局发布了《2021年6月全省电梯安全状况的通告》。"],
    [
      "a 通报 in 《》",
      "某网16日发布《2020年政府网站检查情况通报》，通报称，2020年7月—10月，某办公室对各地政府网站进行了检查。",
    ],
  ])("near-miss: %s gives no year", (_, opening) => {
    expect(period(`${opening}${TAIL}`)).not.toEqual(expect.objectContaining({ kind: "year" }));
  });
});
