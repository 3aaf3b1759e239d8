import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Units of rates and densities the figure reader lacked (formerly held-out-98–105's telecom,
 * transport, port, health and vaccination pages; every text here is invented for the test):
 * - a unit counted per a round count of another (`电话普及率112.7部/百人`, `路网密度118.5公里/百平方公里`,
 *   `床位5.2张/千人`, `人/万人`, `部/百戶` in a converted copy): the unit as printed, simplified;
 * - rates per hundred thousand in a copy converted to traditional characters (`9.80/10萬`), and a per
 *   mille printed with the slash of such rates beside it (`6.44/‰`): `/10万` and `‰`;
 * - ships' capacity in deadweight tons (`16.4万载重吨`, `載重噸`);
 * - the ten thousands after hundred millions printed to a decimal (`33亿4071.1万剂次`).
 * Near-misses: a count before no unit (`/百姓`, `/千家万户`), a unit that opens with a count (`/千米`),
 * a fraction (`1/1000`), and a number after a clause's mark past 亿 (`3亿元，4071.1万`).
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("units counted per a round count", () => {
  test.each([
    ["全省移动电话普及率达到96.4部/百人，居全国第20位。", ["96.4部/百人"]],
    ["全市公路网密度为87.25公里/百平方公里。", ["87.25公里/百平方公里"]],
    ["每千人口医疗卫生机构床位5.2张/千人。", ["5.2张/千人"]],
    ["执业医师数达到28.6人/万人。", ["28.6人/万人"]],
    ["城镇居民家庭每百户拥有家用汽车42.3辆/百户。", ["42.3辆/百户"]],
    ["固定電話普及率為15.8部/百人。", ["15.8部/百人"]],
    ["農村居民每百戶擁有空調81.5臺/百戶。", ["81.5台/百户"]],
    ["全县执业医师达到3.1人/萬人。", ["3.1人/万人"]],
    // A unit that opens with a count is that unit: no round count is read off it.
    ["全线平均车速62.5公里/千米。", ["62.5公里/千米"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // A count before no unit: the figure keeps its own unit.
    ["走访农户120户/百姓家中。", "120户"],
    ["完成改造35个/千家万户受益。", "35个"],
  ])("%s keeps %s", (body, expected) => {
    expect(figures(body)).toEqual([expected]);
  });
});

describe("rates per hundred thousand and per mille as converted and slashed copies print them", () => {
  test.each([
    ["2020年全省孕產婦死亡率為11.26/10萬，較上年下降。", ["11.26/10万"]],
    ["孕產婦死亡率12.5／10萬。", ["12.5/10万"]],
    ["嬰兒死亡率由5.72/‰降低到3.90/‰。", ["5.72‰", "3.9‰"]],
    ["新生儿死亡率为2.15／‰。", ["2.15‰"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([["抽检比例为1/1000。"], ["抽样比例为1/100萬。"]])("%s holds no rate", (body) => {
    expect(figures(body)).toEqual([]);
  });
});

describe("deadweight tons", () => {
  test.each([
    ["全年新增船舶运力23.5万载重吨。", ["235000载重吨"]],
    ["新增船舶運力8.2萬載重噸。", ["82000载重吨"]],
    ["港口现有运力1200载重吨，", ["1200载重吨"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test("a ton that carries no 载重 before it stays a ton", () => {
    expect(figures("完成货运量12.5万吨。")).toEqual(["125000吨"]);
  });
});

describe("hundred millions and ten thousands to a decimal", () => {
  test.each([
    ["截至6月底，累计报告接种疫苗28亿5063.2万剂次。", ["2850632000剂次"]],
    ["累計接種34億655.7萬劑次。", ["3406557000剂次"]],
    // The whole form as before.
    ["累计接种疫苗3亿5000万剂次。", ["350000000剂次"]],
    ["全年收入12.5亿元。", ["1250000000元"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test("a number after a clause's mark past 亿 is a figure of its own", () => {
    expect(figures("全年收入3亿元，支出4071.1万元。")).toEqual(["300000000元", "40711000元"]);
  });
});
