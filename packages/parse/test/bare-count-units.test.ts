import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * Units of other trades' reports the figure reader lacked: man-days (`万工日`), floor areas in the
 * short `平米`, livestock in heads of both kinds (`头只`), mushroom logs (`棒`), truckloads and
 * vehicles sent (`车`), points monitored in rounds (`点次`, `點次`), and cities and counties counted
 * bare (`168城市`, `58县（市、区）`), the last four whole numbers only. Written for the rule (session
 * 24's tuning misses: a water-works news copy, a mine restoration, a grassland sumu's decade, a
 * county's noise report, a fire brigade's and a street's clean-up notes, an air-quality report);
 * the cases are invented.
 */

describe("a figure in a trade's unit", () => {
  test.each([
    ["今冬水利建设投劳18.5万工日；", ["今冬水利建设投劳=185000工日"]],
    ["完成矿山修复面积37.2万平米。", ["完成矿山修复面积=372000平米"]],
    ["年末牲畜存栏4.12万头只，同比增长3%。", ["年末牲畜存栏=41200头只"]],
    ["全村培植木耳菌32万棒。", ["全村培植木耳菌=320000棒"]],
    ["出动执法人员20人次，清运垃圾45车。", ["出动执法人员=20人次", "清运垃圾=45车"]],
    ["部署备勤力量12车、96人，开展巡查。", ["部署备勤力量=12车", "部署备勤力量=96人"]],
    ["全市功能区共监测208点次，其中昼间104次。", ["全市功能区共监测=208点次", "昼间=104次"]],
    ["全區共監測96點次，夜間達標80點次。", ["全區共監測=96点次", "夜間達標=80点次"]],
    ["2023年，全国168城市平均优良天数比例为80.2%。", ["全国=168城市", "平均优良天数比例=80.2%"]],
    [
      "同期，全省58县（市、区）平均优良天数比例为88.1%。",
      ["全省=58县", "区）平均优良天数比例=88.1%"],
    ],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("the same characters in other words stay text", () => {
  test.each([
    // Lanes and workshops, a county-level city, a hotline's name.
    ["道路拓宽为6车道，新建2车间。", []],
    ["全市2县级市均已达标。", []],
    ["「1999縣民服務專線」共受理4283件。", ["「1999縣民服務專線」共受理=4283件"]],
    // A cell's number with decimals run into the next cell's words: no count of cities.
    ["人数万人14,940.0城市特困人员救助供养人数万人0.1", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
