import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper's copy that prints no headline, opening with its reporter's byline and, on the line
 * under it, its correspondents' (`□记者 王某` / `通讯员 李某` / `上半年，…。`; the misses of
 * `held-out-172`, `-173` and `-182` read as a family): both lines are the page's credits, no title.
 * A byline over a line that is no byline, and a headline over a correspondents' line, keep their
 * reading. Every example is written for the rule.
 */

const lede =
  "上半年，我市为全市3万名企业离退休人员发放养老金2亿余元，养老金按时发放率达到100%。据统计，上半年共新增参保7639人。";
const tradLede =
  "6月20日，某市統計局發布前5個月全市經濟運行情況。前5個月，全市規模以上工業增加值增長8.7%。";

describe("a reporter's byline over the correspondents' line, over the first paragraph", () => {
  test.each([
    { byline: "□记者 王晓伟", credit: "通讯员 李越明", body: lede },
    { byline: "◎某州日報記者 劉某霖", credit: "通訊員 徐某", body: tradLede },
    { byline: "某目新聞記者 劉俊某", credit: "通訊員 王某 魏某", body: tradLede },
    { byline: "本报记者 张某某", credit: "通讯员 陈某 周某某", body: lede },
  ])("parseBulletinText: `$byline` / `$credit` is no title", ({ byline, credit, body }) => {
    const { bulletin, warnings } = parseBulletinText(`${byline}\n${credit}\n${body}\n`);
    expect(bulletin.publication.title).toBe(undefined);
    const dropped = warnings.filter((w) => w.code === "web-line-dropped").length;
    expect(dropped).toBe(2);
    // (The paper's or the office's: which issued the copy is not said.)
    expect(bulletin.publication.publisher).toBe(undefined);
  });

  test.each([
    // A byline over a line that is neither a sentence nor a byline: read as before.
    { first: "□记者 王晓伟", second: "养老金按时足额发放", title: "□记者王晓伟" },
    // A headline over the correspondents' line: the headline is the title.
    {
      first: "上半年我市养老金按时足额发放",
      second: "通讯员 李越明",
      title: "上半年我市养老金按时足额发放",
    },
  ])("parseBulletinText: `$first` / `$second` keeps its reading", ({ first, second, title }) => {
    const text = `${first}\n${second}\n${lede}\n`;
    expect(parseBulletinText(text).bulletin.publication.title).toBe(title);
  });
});
