import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `一、创先争优，真诚服务群众一是精简环节，提升效率。…二是…`: a section's heading a copy ran straight
 * into its first `一是` point (no mark between): the heading ends where the point starts, when the
 * line goes on with `二是`; the points stay the part's text. Every text here is written for the test.
 */

const LEAD =
  "某县政务服务中心上半年工作总结\n上半年，中心共受理各类事项12万件，办结率99.8%。现将工作情况汇报如下：";

const view = (body: string) => {
  const { bulletin } = parseBulletinText(`${LEAD}${body}`);
  return { titles: bulletin.sections.map((s) => s.title), text: JSON.stringify(bulletin.sections) };
};

describe("a section's heading run into its first point", () => {
  test.each([
    [
      "一、创先争优，真诚服务群众一是精简环节，提升效率。中心对审批事项逐项梳理，精简环节36个。二是延时服务，方便群众。中心推行午间不打烊服务。二、夯实基础，推进智慧大厅建设一是高度重视，加强领导。县政府多次召开专题会议研究部署。二是完善设施，优化环境。新增自助终端20台。",
      ["创先争优，真诚服务群众", "夯实基础，推进智慧大厅建设"],
      "一是精简环节，提升效率。",
    ],
  ])("`%s` is headed %j", (body, headings, text) => {
    const { titles, text: kept } = view(body);
    for (const h of headings) expect(titles).toContain(h);
    expect(kept).toContain(text);
  });

  // Near-miss: `统一是…` inside a heading's words with no `二是` after it stays as it was read.
  test("a 一是 with no 二是 after it", () => {
    const { titles } = view(
      "一、思想认识统一是前提。全中心干部职工统一思想，形成合力。二、制度建设完善是保障。中心修订制度12项。",
    );
    expect(titles).toContain("思想认识统一是前提");
  });
});
