import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Figures printed in a heading or in the publication's title are metrics too (design change of
 * session 30): read as a body's figure (unit, scale, label from the heading's words, a 同比 change
 * as its comparison), added after the body's metrics, once — a figure the body under the heading
 * prints again is not added twice. The headings and title stay as they were (strings). Invented
 * variants of the corpus's shapes, and near-misses that add nothing.
 */

const parse = (lines: string[]) => parseBulletinText(lines.join("\n")).bulletin;
const figures = (lines: string[]) =>
  parse(lines).metrics.map((m) => ({
    label: m.label,
    value: m.value,
    unit: m.unit,
    ...(m.comparison?.change === undefined ? {} : { change: m.comparison.change }),
  }));

describe("figures in headings and titles become metrics", () => {
  test.each([
    {
      what: "section headings, each a figure and its change, the body not repeating them",
      lines: [
        "2019年1-6月某省保险业经营情况",
        "一、原保险保费收入3521.07亿元，同比增长6.25%",
        "其中，财产险业务原保险保费收入同比增长4.1%。",
        "二、赔款和给付支出812.4亿元，同比下降2.30%",
        "其中，寿险业务给付同比下降5.2%。",
      ],
      has: [
        { label: "原保险保费收入", value: 352107000000, unit: "元", change: 6.25 },
        { label: "赔款和给付支出", value: 81240000000, unit: "元", change: -2.3 },
      ],
    },
    {
      what: "a title stating a count",
      lines: [
        "某市12345热线上半年受理群众诉求58.3万件",
        "今年以来，热线运行平稳，群众满意率98.2%。",
        "下一步，热线将继续提升服务质量。",
      ],
      has: [{ label: "某市12345热线上半年受理群众诉求", value: 583000, unit: "件" }],
    },
    {
      what: "item headings of counts under a section",
      lines: [
        "2023年5月份12345热线运行情况通报",
        "一、基本情况",
        "本月共受理诉求12000件，办结率99.5%。",
        "二、群众反映的热点问题",
        "（一）城乡建设方面1532件",
        "主要反映小区物业管理、老旧小区改造等问题。",
        "（二）劳动保障方面987件",
        "主要反映拖欠工资、社保缴纳等问题。",
      ],
      has: [
        { label: "城乡建设方面", value: 1532, unit: "件" },
        { label: "劳动保障方面", value: 987, unit: "件" },
      ],
    },
  ])("$what", ({ lines, has }) => {
    const got = figures(lines);
    for (const h of has) expect(got).toContainEqual(h);
  });

  test("the headings and the title stay strings as printed", () => {
    const b = parse([
      "2019年1-6月某省保险业经营情况",
      "一、原保险保费收入3521.07亿元，同比增长6.25%",
      "其中，财产险业务原保险保费收入同比增长4.1%。",
    ]);
    expect(b.publication.title).toBe("2019年1-6月某省保险业经营情况");
    expect(b.sections.map((s) => s.title)).toContain("原保险保费收入3521.07亿元，同比增长6.25%");
  });

  test("a figure the body under the heading prints again is added once", () => {
    const got = figures([
      "2023年5月份12345热线运行情况通报",
      "一、本月受理诉求12000件",
      "本月共受理诉求12000件，环比增长3.5%。",
      "二、办结情况",
      "本月办结11890件。",
    ]);
    expect(got.filter((m) => m.value === 12000 && m.unit === "件")).toHaveLength(1);
  });

  test("a title's figure the text prints anywhere is added once", () => {
    const got = figures([
      "某县前三季度完成固定资产投资45.6亿元",
      "记者从县统计局获悉，前三季度全县完成固定资产投资45.6亿元，同比增长8.1%。",
    ]);
    expect(got.filter((m) => m.value === 4560000000 && m.unit === "元")).toHaveLength(1);
  });

  test("a heading's metric is in metrics, and no inline refers to it", () => {
    const b = parse([
      "2019年1-6月某省保险业经营情况",
      "一、原保险保费收入3521.07亿元，同比增长6.25%",
      "其中，财产险业务原保险保费收入同比增长4.1%。",
    ]);
    const id = b.metrics.find((m) => m.value === 352107000000)?.id;
    expect(id).toBeDefined();
    expect(JSON.stringify(b.sections)).not.toContain(`"${id}"`);
  });

  test.each([
    {
      what: "dates, a hotline's number and ordinals in headings",
      lines: [
        "2022年2月份12345政务服务便民热线运行情况通报",
        "一、第3季度工作情况",
        "本月运行平稳。",
        "二、2023年工作打算",
        "继续做好热线工作。",
      ],
    },
    {
      what: "a table's head of years read as a heading",
      lines: ["投资项目情况", "一、指标 2018 2019 2020", "全年运行平稳。"],
    },
    {
      what: "metrics none",
      lines: ["某市12345热线上半年受理群众诉求58.3万件", "今年以来，热线运行平稳。"],
      none: true,
    },
  ])("near-miss: $what adds no metric", ({ lines, none }) => {
    const b = parseBulletinText(lines.join("\n"), none ? { metrics: "none" } : {}).bulletin;
    expect(b.metrics).toEqual([]);
  });
});
