import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's photo captions left in its copy: a run of short bare lines, more than a heading is
 * stacked over (five or more), between a paragraph that closes its sentence and running text. Only
 * the last line heads the text under it; the captions over it are dropped (`web-line-dropped`), so
 * that section is the text's first with a heading of its own and its figures are read. A heading of
 * two to four lines keeps its lines. Every text here is written for the test.
 */

const lede =
  "某区政务服务局于2019年3月正式成立，主要职责为深化放管服改革、推进政务服务体系建设等工作。";
const para =
  "加速推进简政放权，全面深化审批改革。一是分批次推出17个部门的86项告知承诺事项，实现136个材料精简，压缩率达到35%。";

const read = (text: string) => {
  const { bulletin, warnings } = parseBulletinText(text);
  return {
    headings: bulletin.sections.map((s) => s.title),
    figures: bulletin.metrics.map((m) => `${m.value}${m.unit}`),
    dropped: warnings.filter((w) => w.code === "web-line-dropped").length,
  };
};

describe("photo captions over a heading", () => {
  test.each([
    [["某区政务服务中心", "文明创城标识", "政务中心服务台", "政务中心总服务台", "政务中心内标识"]],
    [
      [
        "某县便民服务中心外景",
        "综合受理窗口",
        "自助服务区",
        "不动产登记窗口",
        "企业开办专区",
        "帮办代办服务台",
      ],
    ],
    [
      [
        "某市行政审批局大厅",
        "工作人员为群众办理业务",
        "“一窗通办”窗口",
        "24小时自助服务区",
        "志愿服务岗",
      ],
    ],
  ])(
    "captions %j over `政务服务体系建设` are dropped; the heading heads its figures",
    (captions) => {
      const r = read(`${lede}\n${captions.join("\n")}\n政务服务体系建设\n${para}`);
      expect(r.headings).toEqual(["正文", "政务服务体系建设"]);
      expect(r.figures).toEqual(["17个", "86项", "136个", "35%"]);
      expect(r.dropped).toBe(captions.length);
    },
  );

  test.each([
    [["工业生产平稳增长", "新动能加快成长"], "工业生产平稳增长新动能加快成长"],
    [["优化营商环境", "提升服务效能", "推进一网通办"], "优化营商环境提升服务效能推进一网通办"],
    [
      ["优化营商环境", "提升服务效能", "推进一网通办", "深化审批改革"],
      "优化营商环境提升服务效能推进一网通办深化审批改革",
    ],
  ])("a heading of %j keeps its lines", (heading, title) => {
    const r = read(`${lede}\n${heading.join("\n")}\n${para}`);
    expect(r.headings).toEqual(["正文", title]);
    expect(r.dropped).toBe(0);
  });

  test("five bare lines closing the text (no running text under them) are no captions", () => {
    const lines = [
      "某区政务服务中心",
      "文明创城标识",
      "政务中心服务台",
      "政务中心总服务台",
      "政务中心内标识",
    ];
    const r = read(`${lede}\n${para}\n${lines.join("\n")}`);
    expect(r.dropped).toBe(0);
  });
});
