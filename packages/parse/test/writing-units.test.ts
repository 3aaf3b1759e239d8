import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * Measure words of writings by their parts (页 of files, 字 of words, 首 of songs, 集 of episodes,
 * 版 of a paper's pages; 頁 as converted pages print it) and counts of books, files, trains, trips,
 * plants, courses and groups in rounds (`册次`, `卷次`, `列次`, `趟次`, `株次`, `期次`, `组次`). Each
 * ambiguous one leaves the word it opens as text (`页码`, `首页`, `集团`, `字样`, `版面`). Examples
 * written for the rules (formerly held-out-11: 档案, 图书馆 and 轨道交通 reports).
 */

describe("writings by their parts", () => {
  test.each([
    ["共数字化扫描文书档案12.5万页。", ["数字化扫描文书档案=125000页"]],
    ["整理婚姻档案3200頁。", ["整理婚姻档案=3200页"]],
    ["编纂年鉴86万字。", ["编纂年鉴=860000字"]],
    ["创作原创歌曲12首，播出专题片8集。", ["创作原创歌曲=12首", "播出专题片=8集"]],
    ["在省级报刊刊发专版6版。", ["在省级报刊刊发专版=6版"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    ["详见报告第3页，附件5页码另编。"],
    ["网站1首页改版，2集团公司参与。"],
    ["落实3字方针，更新2版面设计。"],
  ])("a unit that opens a word stays text: %s", (body) => {
    expect(figures(body)).toEqual([]);
  });
});

describe("counts in rounds", () => {
  test.each([
    ["全年图书外借56.2万册次。", ["全年图书外借=562000册次"]],
    ["提供档案查阅利用1860卷次。", ["提供档案查阅利用=1860卷次"]],
    ["实际开行列车316万列次。", ["实际开行列车=3160000列次"]],
    ["开行旅游专线1200趟次。", ["开行旅游专线=1200趟次"]],
    ["检疫苗木35.6万株次。", ["检疫苗木=356000株次"]],
    ["举办培训班24期次，组织巡查86组次。", ["举办培训班=24期次", "组织巡查=86组次"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test("次 that opens another word is no round: `12册，次日`", () => {
    expect(figures("发放手册12册，次日送达。")).toEqual(["发放手册=12册"]);
  });
});

describe("volumes, portions, declarations, fields and wells", () => {
  test.each([
    [
      "全年无偿献血量1200万毫升，采集血液标本2.3万人份。",
      ["全年无偿献血量=12000000毫升", "采集血液标本=23000人份"],
    ],
    ["回收废机油3.5升。", ["回收废机油=3.5升"]],
    ["审核进出口报关单3.2万票。", ["审核进出口报关单=32000票"]],
    ["新建笼式足球场12片，打机井120口。", ["新建笼式足球场=12片", "打机井=120口"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    ["热线12345升级为综合服务平台。"],
    ["5升桶装花生油供应充足。"],
    ["设立3票据中心，划分2片区管理，开放5口岸通道。"],
  ])("a unit that opens a word stays text: %s", (body) => {
    expect(figures(body)).toEqual([]);
  });
});
