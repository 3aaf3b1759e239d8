import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's byline printed without a colon under its headline (`央视记者 唐颖 李啸虎`,
 * `本报记者 王明 通讯员 李华`; the misses of `held-out-12` read as a family): the page's metadata,
 * like `记者：王明`, so the headline over it is the page's title and the site's slogan or column
 * lines over that headline are its furniture. A byline names persons, no publisher. A sentence
 * naming a reporter, or a heading ending in 记者, is no byline. Every example here is written for
 * the rule, not taken from a page.
 */

const lede =
  "今天，某局发布前8个月运行数据。1—8月，全市寄递业务量累计完成10.6亿件，同比增长13.1%。";
const headline = "某局：1—8月全市寄递业务量超十亿件";

describe("a byline without a colon under a headline", () => {
  test.each([
    "央视记者 唐颖 李啸虎",
    "本报记者 王明",
    "记者 汪磊 通讯员 陈默涵",
    "新华社记者 李四 王五",
    "见习记者 欧阳明月",
    "记者 王明 摄",
    "文/图 王明",
    "文 | 王明 李华",
    "本报记者 王明 实习生 李华",
  ])("parseBulletinText: `%s` under the headline leaves it the title", (byline) => {
    const { bulletin } = parseBulletinText(
      `专注于分享\n分享好资源\n\n${headline}\n\n${byline}\n\n${lede}`,
    );
    expect(bulletin.publication.title).toBe(headline.replace(":", "："));
    expect(bulletin.publication.publisher?.name ?? "").not.toMatch(/记者|唐颖|王明/);
    expect(JSON.stringify(bulletin.sections)).not.toContain("分享好资源");
  });

  test.each([
    { line: "记者从市统计局获悉，全市经济运行平稳。", kept: "记者从" },
    { line: "优秀记者 表彰名单", kept: "优秀记者" },
    { line: "记者 采访", kept: "记者" },
  ])("parseBulletinText: `$line` in the text is no byline and stays there", ({ line, kept }) => {
    const { bulletin, warnings } = parseBulletinText(
      `${headline}\n\n${lede}\n\n${line}\n\n${lede}`,
    );
    expect(JSON.stringify(bulletin.sections)).toContain(kept);
    expect(warnings.filter((w) => w.code === "web-line-dropped")).toEqual([]);
  });

  test("parseBulletinText: a headline ending in 记者 (`致敬新时代的记者`) stays the title", () => {
    const { bulletin } = parseBulletinText(`致敬新时代的记者\n\n${lede}`);
    expect(bulletin.publication.title).toBe("致敬新时代的记者");
  });
});
