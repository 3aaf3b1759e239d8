import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A headline whose kicker (a series' or a column's name, a slogan) is parted from its main phrase
 * by one bar (`某县这十年｜某乡篇`, `盘点2022年|某市妇联亮点工作`, `巩固成果 共建家园 | 某街道…`), over its
 * lede: the title, printed as it is. A table's head flattened with bars (two bars or more, a bar
 * at either end, a pair of short head cells) and a line over another line of cells stay the text's.
 * Every text is written for the test.
 */

const lede =
  "党的十八大以来，某乡结合自身实际，全面贯彻落实县委、县政府各项决策部署，经济社会各项事业取得长足进步。";
const body = `${lede}\n全乡现有基层党组织12个、党员236名，创建率达到58%。`;

describe("a headline with one bar between its kicker and its main phrase", () => {
  test.each([
    ["某县这十年｜某乡篇"],
    ["某县这十年|某乡篇"],
    ["盘点2022年|某市妇联亮点工作"],
    ["巩固卫生成果 共建美丽家园 | 某街道全力消除顽疾提升形象"],
    ["乡镇工作总结|某镇人民政府五年工作总结"],
  ])("parseBulletinText: `%s` over its lede is the title", (headline) => {
    const { bulletin } = parseBulletinText(`${headline}\n${body}`);
    // (The repair drops the spaces between Han characters.)
    expect(bulletin.publication.title).toBe(
      headline.replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, ""),
    );
  });
});

describe("lines with bars that are no headline", () => {
  test.each([
    ["地区|受理量"],
    ["受理总量 |"],
    ["地区|受理量|办结量|满意率"],
    ["合计|128"],
    ["某市2023年平均降水量|714.3毫米"],
    // (A headline a copy joined to the outlet's byline under it.)
    ["某市群众来电反映最多的是这些事儿某某日报客户端 | 记者王某"],
  ])("parseBulletinText: `%s` over the lede is no title", (line) => {
    const { bulletin } = parseBulletinText(`${line}\n${body}`);
    expect(bulletin.publication.title).toBeUndefined();
  });

  test("parseBulletinText: a line of two cells over a row of cells is no title", () => {
    const { bulletin } = parseBulletinText(`某市各区受理量|办结情况\n东城区|1250\n${body}`);
    expect(bulletin.publication.title).not.toBe("某市各区受理量|办结情况");
  });
});
