import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A table's title (`…统计表`, or a short title of words) over a `单位：…` line right over its pipe
 * rows: the caption, the unit folded in, so the table's bare numbers take the unit. A change column
 * headed by its basis alone (`同比`, no `%` in the head) whose cells print their `%` is the change of
 * the figure before it. Near-misses: a unit line under a sentence (`…如下表：`) is left as it was; a
 * heading (`一、…`) over a unit line stays a heading; bare numbers under a bare `同比` head (a change
 * perhaps in the column's unit) are no comparison. Every text is written for the test (session 29's
 * s29d, from held-out-106 … -113's insurance and statistics notices).
 */

const ROWS =
  "地区 | 保费收入 | 同比 | 赔付支出 | 同比 |\n甲市 | 52.10 | -2.15% | 18.40 | 6.30% |\n乙市 | 31.25 | 4.02% | 9.75 | -1.10% |";

const read = (text: string) => {
  const b = parseBulletinText(text).bulletin;
  const tables = b.sections.flatMap((s) =>
    s.items.flatMap((i) => i.body.filter((x) => !Array.isArray(x) && x.type === "table")),
  ) as { caption?: string }[];
  return {
    captions: tables.map((t) => t.caption),
    metrics: b.metrics.map(
      (m) => `${m.label}=${m.value}${m.unit}${m.comparison ? ` ${m.comparison.change}` : ""}`,
    ),
  };
};

describe("a title over its unit line over the pipes", () => {
  test.each([
    {
      what: "an attachment's 统计表",
      title: "附件2：2024年上半年各市保费统计表",
      unit: "单位：亿元",
    },
    { what: "a title of words", title: "2024年上半年各市保险业务情况", unit: "单位:亿元" },
    { what: "a unit in traditional characters", title: "各市保費統計表", unit: "單位：億元" },
  ])("$what", ({ title, unit }) => {
    const r = read(`现将有关数据通报如下。\n${title}\n${unit}\n${ROWS}`);
    expect(r.captions).toEqual([`${title} ${unit.replace(":", "：")}`]);
    expect(r.metrics).toEqual([
      "甲市保费收入=5210000000元 -2.15",
      "甲市赔付支出=1840000000元 6.3",
      "乙市保费收入=3125000000元 4.02",
      "乙市赔付支出=975000000元 -1.1",
    ]);
  });

  test("a unit line under a sentence is left as it was", () => {
    const r = read(`各市具体情况如下表：\n单位：亿元\n${ROWS}`);
    expect(r.captions).toEqual([undefined]);
    expect(r.metrics).toEqual([]);
  });

  test("a heading over a unit line stays a heading", () => {
    const b = parseBulletinText(`一、各市保费统计表\n单位：亿元\n${ROWS}`).bulletin;
    expect(b.sections[0]?.title).toBe("各市保费统计表");
  });

  test("bare numbers under a bare 同比 head are no comparison", () => {
    const r = read(
      "2024年各区受理情况统计表\n单位：件\n地区 | 受理量 | 同比 |\n甲区 | 1520 | 12 |\n乙区 | 1498 | -3 |",
    );
    expect(r.metrics).toEqual(["甲区受理量=1520件", "乙区受理量=1498件"]);
  });
});
