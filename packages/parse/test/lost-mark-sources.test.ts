import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy's source line where the copy wrote a question mark for each character it lost
 * (`來源:中國新聞網 ?作者:? 2022-05-16 16:50:35`: a space it could not write, an empty author): the
 * source is the name without them (no outlet's or body's name ends with a question mark), and the
 * page's date is read as before. A source without such marks, and a title field that asks a question,
 * keep their reading. Every text here is written for the test.
 */

const page = (sourceLine: string, headline = "某部：4月份全国共发生事故1425起") =>
  `${headline}\n${sourceLine}\n\n某某网5月16日电 某部新闻发言人16日介绍，4月份，全国共发生事故1425起、死亡1241人，其中较大事故31起。`;

describe("question marks a copy wrote for lost characters after a source", () => {
  test.each([
    [
      "traditional, the author lost too",
      "來源:中國新聞網 ?作者:? 2022-05-16 16:50:35",
      "中國新聞網",
    ],
    ["glued to the name, an editor lost", "来源：某某新闻网?  编辑：? 2022-05-16", "某某新闻网"],
    ["full-width, before the date", "来源:某某日报 ？ 2022-05-16 16:50", "某某日报"],
    ["two of them", "来源:某某日报 ?? 2022-05-16 16:50", "某某日报"],
  ])("%s: the source is the name alone", (_, line, name) => {
    const { bulletin } = parseBulletinText(page(line));
    expect(bulletin.publication.publisher?.name).toBe(name);
    expect(bulletin.issue.publishedOn).toBe("2022-05-16");
  });

  test("a source without such marks keeps its name", () => {
    const { bulletin } = parseBulletinText(page("来源:某某日报 2022-05-16 16:50"));
    expect(bulletin.publication.publisher?.name).toBe("某某日报");
  });

  test("a title field that asks a question keeps its mark", () => {
    const { bulletin } = parseBulletinText(
      page("来源:某某日报 2022-05-16 16:50", "标题：4月份事故为何同比下降？"),
    );
    expect(bulletin.publication.title).toBe("4月份事故为何同比下降？");
    expect(bulletin.publication.publisher?.name).toBe("某某日报");
  });
});
