import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A disclosure page's file grid ends with fields it leaves empty, each a row of its own
 * (`内容概览: | |||`, `时效: |`, `内容概述：`): they are the grid's, not a headline, so the line under
 * the grid is the title and the grid's 发布机构 the publisher. The same words with a value in a
 * sentence, or as a longer label of the text (`办理时效：`), stay the text's. Written for the rule
 * (the corpus's shape is the first).
 */

const grid = (rows: string) =>
  `索引号: | 01425678X/2023-00041 | 信息分类: | 综合政务/其他 / 通报 |\n发布机构: | 某市12345政府公共服务中心 | 发文日期: | 2023-05-16 |\n文号: | 无 | 主题词: | |\n${rows}`;
const head = "某市12345在线简报2023年第5期";
const body =
  "一、考评得分情况\n某市12345政府公共服务中心对各成员单位4月份工作进行了综合评价，全市共受理工单35021件，按时办结率98.6%。";

const parse = (text: string) => parseBulletinText(text).bulletin.publication;

describe("empty fields closing a file grid", () => {
  test.each([
    ["内容概览: | |||\n时效: |"],
    ["内容概览： | |||\n时效： |"],
    ["时效: |"],
    ["内容概览: |"],
    ["内容概述: | |||\n时效: | 有效 |"],
    ["内容摘要: | |||\n时效: |"],
    ["内容提要: | |||\n时效: |"],
  ])("`%s` under the grid: the headline is the title, 发布机构 the publisher", (rows) => {
    const p = parse(`${grid(rows)}\n${head}\n${body}`);
    // The masthead's name, or the masthead with its number: no grid field.
    expect([head, "某市12345在线简报"]).toContain(p.title);
    expect(p.publisher?.name).toBe("某市12345政府公共服务中心");
  });
});

describe("the same words as the text's (counter-cases)", () => {
  test("a text without a grid keeps a 时效 headline", () => {
    const p = parse(`时效性明显提升\n${body}`);
    expect(p.title).toBe("时效性明显提升");
  });

  test.each(["办理时效：平均1.5个工作日", "时效：全部工单均在规定时限内办结。"])(
    "`%s` in the body under a grid stays in the text",
    (line) => {
      const b = parseBulletinText(`${grid("")}\n${head}\n${body}\n${line}`).bulletin;
      expect(JSON.stringify(b.sections)).toContain(line.slice(0, 4));
    },
  );
});
