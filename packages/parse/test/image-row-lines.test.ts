import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A row of a page's pictures printed side by side, their addresses lost (`![]() ![]()`), over the
 * headline and its metadata line (the miss of `held-out-185`): the row is the page's, as a single
 * `![]()` is, and the headline is the title. A line with words after its image keeps its reading.
 * Every example is written for the rule.
 */

const meta = "作者：王某 文章来源：某某网 更新时间：2010/3/14 20:26:04";
const body =
  "某某网广州3月14日电 今年3月上旬全省水资源呈现三少特征，平均降雨总量比多年同期减少3成。全省32座大型水库蓄水比去年同期减少5亿立方米。";
const title = "全省32座大型水库蓄水同比减少5亿立方米";

describe("a row of image placeholders over a page's headline", () => {
  test.each(["![]() ![]()", "![]() ![]() ![]()", "![图片](a.jpg)  ![](b.png)"])(
    "parseBulletinText: `%s` is the page's, the headline the title",
    (row) => {
      const { bulletin, warnings } = parseBulletinText(`${row}\n${title}\n${meta}\n${body}\n`);
      expect(bulletin.publication.title).toBe(title);
      expect(warnings.some((w) => w.code === "web-line-dropped" && w.message.includes("![]"))).toBe(
        true,
      );
    },
  );

  test("parseBulletinText: a line with words after its image keeps them in the text", () => {
    const text = `${title}\n${meta}\n![]() 图为某水库蓄水现场。\n${body}\n`;
    const { bulletin } = parseBulletinText(text);
    expect(JSON.stringify(bulletin)).toContain("图为某水库蓄水现场");
  });
});
