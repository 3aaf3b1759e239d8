import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's 来源 value followed by what is none of the name: its page tools in square brackets, several
 * run together (`来源:某市财政局预算科 [打印页面][关闭窗口]`), or its reporters' credit in brackets, closed
 * (`来源:某某日报某地记者站(记者 王某 实习生 李某) 编辑:…`). The name alone is the publisher. A bracket
 * holding words of the name's own (`某县人民政府（办公室）`) stays. Every text here is written for the test.
 */

const headline = "上半年全市地方财政收入增长8.2%";
const lede =
  "今年上半年，全市地方财政收入完成56.3亿元，同比增长8.2%，高于全省平均水平1.5个百分点。";
const publisherOf = (meta: string) =>
  parseBulletinText(`${headline}\n发布时间:2021-07-16\n${meta}\n${lede}`).bulletin.publication
    .publisher?.name;

describe("a 来源 value and what follows it", () => {
  test.each([
    ["来源:某市财政局预算科 [打印页面][关闭窗口]", "某市财政局预算科"],
    ["来源:某市财政局预算科 [打印本页] [关闭窗口]", "某市财政局预算科"],
    ["来源:某市财政局预算科 [打印此页]", "某市财政局预算科"],
    ["来源:东海日报南城记者站(记者 王某某 实习生 李某) 编辑:赵某", "东海日报南城记者站"],
    ["来源：东海日报（记者 王某某）", "东海日报"],
  ])("`%s` names %s", (meta, publisher) => {
    expect(publisherOf(meta)).toBe(publisher);
  });

  test("a bracket holding words of the name's own stays", () => {
    expect(publisherOf("来源：某县人民政府（办公室）")).toBe("某县人民政府（办公室）");
  });
});
