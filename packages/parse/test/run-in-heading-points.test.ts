import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A flattened document's section heading run straight into the first point of its enumeration
 * (`一是…`) where a mark ends the heading: a closing quotation mark (`…落实“两项待遇”一是组织了…`) or
 * a colon (`五、存在的主要问题： 一是…`). The heading heads a section and the point opens its text; in a
 * copy that opens inside a document the first such section may have any numeral. A heading's words
 * run straight into `一是` with no mark, a `一是` inside a sentence, and a numeral after a sentence
 * with no point after its heading change nothing. Invented variants of the shape.
 */

const sectionsOf = (text: string) =>
  parseBulletinText(text)
    .bulletin.sections.map((s) => s.title)
    .filter((t) => t !== "正文");

describe("a heading ended by a mark, then its first point", () => {
  test.each([
    [
      "a closing quotation mark before the point",
      "某县老干部局上半年工作总结 上半年，我局主要做了以下几方面的工作。一、落实“三项制度”，做好离退休干部“两项服务”一是开展春节走访慰问。今年春节，我们走访离休干部56名。二是组织健康体检。共组织体检210人次。",
      ["落实“三项制度”，做好离退休干部“两项服务”"],
    ],
    [
      "a colon and a space, a copy opening inside the document (its fourth section)",
      "全年共办理各类审批事项1.2万件，按时办结率100%。四、存在的困难和问题: 一是窗口人员流动性较大，业务培训跟不上。二是部分事项办理环节仍然较多。",
      ["存在的困难和问题"],
    ],
    [
      "a full-width colon, no space",
      "全年新增市场主体3260户。三、下一步工作思路：一是持续优化营商环境。二是加快推进项目建设。",
      ["下一步工作思路"],
    ],
  ])("%s", (_, text, titles) => {
    expect(sectionsOf(text)).toEqual(titles);
  });
});

describe("no mark before the point, or no point (near-misses)", () => {
  test.each([
    [
      "heading words run straight into 一是",
      "全年新增市场主体3260户。三、强化服务保障一是持续优化营商环境。二是加快推进项目建设。",
    ],
    [
      "a numeral after a sentence, its heading with no point after it",
      "全年新增市场主体3260户。五、六月份共办理审批事项1200件，同比增长5%。一是窗口服务更加规范。",
    ],
    [
      "一是 after a quotation mark inside a sentence",
      "会议强调要坚持“两个确保”一是确保安全，二是确保稳定，全年共排查隐患1200处。",
    ],
  ])("%s", (_, text) => {
    expect(sectionsOf(text)).toEqual([]);
  });
});
