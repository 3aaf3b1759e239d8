import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Units the figure reader lacked (issue 14, held-out-79 … -87 moved to tuning): kilolitres of an
 * industry release (`白酒完成2564千升`), flows and speeds in words (`泄流量18.1立方米每秒`,
 * `风速12.5米每秒`), beds of a relief report (`发放棉被428床`), stations reporting in rounds
 * (`报送信息771站次`), residues by mass of a food sampling notice (`检出值为791μg/kg`) and yuan named
 * by the currency after a scale (`旅游收入101.86亿人民币`: 元). Near-misses: `床位`, `床单` are
 * nouns, `升级` a verb, and 元 before `人民币` is read as before. Every text here is written for the
 * test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("units of flows, beds, stations, residues and kilolitres", () => {
  test.each([
    ["成品油销量完成3180千升。", ["3180千升"]],
    ["某水库泄流量45.5立方米每秒。", ["45.5立方米每秒"]],
    ["沿海最大风速23.4米每秒。", ["23.4米每秒"]],
    ["为受灾群众送去棉被1.2万床、棉衣3000件。", ["12000床", "3000件"]],
    ["全月共报送雨情信息1260站次。", ["1260站次"]],
    ["检出值为256μg/kg，标准规定为不得超过50μg/kg。", ["256μg/kg", "50μg/kg"]],
    ["铅（以Pb计）检出值为0.52mg/kg。", ["0.52mg/kg"]],
    ["实现旅游收入35.6亿人民币，同比增长12.3%。", ["3560000000元"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // A noun after 床: no count of beds.
    ["新增床位1200张。", ["1200张"]],
    ["发放床单300条。", ["300条"]],
    ["更换12床单元设备。", []],
    // 元 before 人民币: the unit is 元 as printed, 人民币 stays text.
    ["实现营业收入35.6亿元人民币。", ["3560000000元"]],
    // Litres alone, and 升 as a verb.
    ["献血量12.5万毫升。", ["125000毫升"]],
    ["服务满意度较上月升级。", []],
  ])("near-miss %s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
