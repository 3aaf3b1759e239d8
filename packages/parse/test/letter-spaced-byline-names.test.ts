import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A byline opening a news copy that prints no headline, as a page sets it: a mark before it (`□`,
 * `■`), a name of two characters letter-spaced to the width of three (`李 强`), and perhaps the
 * writers' office after their names (`□ 文 / 王某某 刘 琳 某市公共政策研究中心`). It is the page's
 * credit, no title. A line whose last word is no office, or whose spaced characters are no
 * name, keeps its old reading. Every text here is written for the test.
 */

const BODY =
  "晨报讯 昨天,某银行上海总部发布的“7月份信贷运行报告”显示,当月全市人民币储蓄存款增加108.1亿元,同比多增207.1亿元。\n数据显示,7月份新增人民币各项存款30.8亿元,同比多增137.6亿元。";

describe("a marked byline with letter-spaced names over the first paragraph", () => {
  test.each([
    "□记者 李 强",
    "■记者 王 明 通讯员 李 华",
    "□ 文 / 王 明",
    "□ 文 / 羊某某 刘 琳 某市公共政策研究中心",
    "文 / 羊某某 劉 琳 某市公共政策研究中心",
    "□ 文/王某 某省社会科学院",
  ])("`%s`: no title", (byline) => {
    const { bulletin, warnings } = parseBulletinText(`${byline}\n${BODY}`);
    expect(bulletin.publication.title).toBeUndefined();
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(true);
  });
});

describe("lines like bylines that are titles (counter-cases)", () => {
  test.each([
    ["□ 文 / 王明 某市公共政策研究中心主任", "□ 文 / 王明 某市公共政策研究中心主任"],
    ["□记者 李 强调研", "□记者 李 强调研"],
    ["□ 文 / 王 明 2023年工作总结", "□ 文 / 王 明 2023年工作总结"],
    ["某市举办新闻记者培训班", "某市举办新闻记者培训班"],
  ])("`%s` keeps its reading as the headline", (line, title) => {
    const { bulletin } = parseBulletinText(`${line}\n${BODY}`);
    expect(bulletin.publication.title?.replace(/\s+/g, "")).toBe(title.replace(/\s+/g, ""));
  });
});
