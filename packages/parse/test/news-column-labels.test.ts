import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A site's news column named over a page's metadata line (`新闻动态` / `作者：… 来源：… 日期：…`,
 * `部门动态`, `基层動態`): the column's name, no title, though it ends as a bulletin's name does
 * (`…动态`). A bulletin's own name (`工作动态`, `政务动态`) over the same line stays the title.
 * Every text here is written for the test.
 */

const page = (first: string) =>
  `${first}\n作者：某省卫生健康委 来源：某省卫生健康委阅读次数：次 日期：2021-01-05\n2020年11月，全省共报告法定传染病3125例，死亡3例。其中：\n甲类：0例\n乙类：2201例，死亡3例，发病数前五：肝炎、肺结核、梅毒、淋病、艾滋病。`;

describe("a news column's name over a page's metadata line", () => {
  test.each([["新闻动态"], ["部门动态"], ["基层動態"], ["县区动态"]])("`%s`: no title", (first) => {
    const { bulletin, warnings } = parseBulletinText(page(first));
    expect(bulletin.publication.title).toBeUndefined();
    expect(bulletin.issue.publishedOn).toBe("2021-01-05");
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(true);
  });

  test.each([["工作动态"], ["政务动态"]])("`%s`, a bulletin's name, stays the title", (first) => {
    expect(parseBulletinText(page(first)).bulletin.publication.title).toBe(first);
  });
});
