import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Heads that open with a part's ordinal (`第一部分 …`, `第二十三篇 …`, `第二章 …`, `第一节 …`), as a
 * white paper and a county gazetteer print them: each a section of its own, over a `一、` numbering
 * too, neither joined to the head over it nor taking the line under it. The lines are the corpus's
 * (shanghai-12368-2014-2019-falvchangshi, qingyuan-county-gazetteer-approval-1991-2010-p517); the
 * counter-cases are heads without such an ordinal, which keep their former reading.
 */

const titles = (text: string): string[] =>
  parseBulletinText(text).bulletin.sections.map((s) => s.title);

const whitePaper = [
  "上海法院12368诉讼服务平台工作白皮书（2014年1月-2019年1月）",
  "在全市法院的共同努力下，经过五年的积极探索与不懈追求，上海法院12368平台已建设成为服务群众诉讼的重要平台。值此开通五周年，现将2014年1月至2019年1月12368平台工作情况通报如下：",
  "第一部分 12368平台诉讼服务基本情况",
  "一、12368平台诉讼服务概况",
  "2014年1月至2019年1月，上海法院12368平台共受理各类诉讼服务2,936,102次。",
].join("\n");

const gazetteer = [
  "Page 517 - 庆元县志(1991-2010年)",
  "P. 517",
  "第二十三篇 地方人民政府",
  "第二章 政务活动",
  "1991—2010 年,县人民政府坚持依法行政,深化改革,不断提高政府行政效率。",
  "第一节 行政审批",
  "机构",
  "2002年6月5日，庆元县人民政府行政审批中心成立，属县政府正科级事业单位。",
].join("\n");

const firstPart = [
  "2026年乡镇信访工作总结与未来布局",
  "第一章年度工作全景回顾",
  "1.1信访总量与结构变化",
  "2026年，全镇共受理群众来信来访1874件次，同比下降8.3%，其中初信初访1321件，重信重访553件。",
].join("\n");

describe("heads opening with a part's ordinal", () => {
  test("a `第一章` head opening the body over a `1.1` head heads the first part", () => {
    expect(titles(firstPart)[0]).toBe("第一章年度工作全景回顾");
  });

  test("a `第一部分` head over a `一、` numbering under a colon's line heads a part of its own", () => {
    expect(titles(whitePaper)).toEqual(
      expect.arrayContaining(["第一部分12368平台诉讼服务基本情况", "12368平台诉讼服务概况"]),
    );
  });

  test.each([["第二十三篇地方人民政府"], ["第二章政务活动"], ["第一节行政审批"], ["机构"]])(
    "a gazetteer's stacked heads stay apart: `%s` is a section",
    (head) => {
      expect(titles(gazetteer)).toContain(head);
    },
  );
});

describe("heads without a part's ordinal (counter-cases)", () => {
  test("a head opening the body over a `1.1` head without the ordinal still heads no part", () => {
    const text = firstPart.replace("第一章年度工作全景回顾", "年度工作全景回顾");
    expect(titles(text)).not.toContain("年度工作全景回顾");
  });

  test("a head over a `一、` numbering under a colon's line still heads no part", () => {
    const text = whitePaper.replace(
      "第一部分 12368平台诉讼服务基本情况",
      "12368平台诉讼服务基本情况",
    );
    expect(titles(text)).not.toContain("12368平台诉讼服务基本情况");
  });

  test("stacked heads without an ordinal are still one head", () => {
    const text = gazetteer
      .replace("第二十三篇 地方人民政府", "地方人民政府")
      .replace("第二章 政务活动", "政务活动")
      .replace("第一节 行政审批", "行政审批");
    expect(titles(text)).not.toContain("机构");
  });

  test("a head that opens with `第一季度` is no part's ordinal: it still takes the line under it", () => {
    const text = gazetteer.replace("第一节 行政审批", "第一季度行政审批");
    expect(titles(text)).not.toContain("第一季度行政审批");
  });
});
