import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's teaser of another report under the text, cut short and closed by its link
 * (`全县“静止”下来,生活还要继续。…一些人在默默奉献…[详细]`, `…[詳細]`, `…【详情】`, `…[阅读全文]`): the page's,
 * not the text's, so a 落款 over it closes the text. A sentence that ends with such a word without
 * the cut or the bracket stays. Every text here is written for the test.
 */

const read = (text: string) => {
  const { bulletin, warnings } = parseBulletinText(text);
  return {
    publisher: bulletin.publication.publisher?.name,
    publishedOn: bulletin.issue.publishedOn,
    dropped: warnings.filter((w) => w.code === "web-line-dropped").length,
  };
};

const NOTICE =
  "关于做好疫情防控工作的通告\n2022年4月10日0—24时,某县无新增确诊病例,新增无症状感染者19例。\n全县上下齐心协力共抗疫情。\n某县疫情防控工作领导小组办公室\n2022年4月11日";

describe("a teaser closed by its link under the text", () => {
  test.each([
    [
      "`...[详细]`",
      "全县“静止”下来,生活还要继续。在多数人看不到的背后,一些人在默默奉献。某县遂盟公...[详细]",
    ],
    [
      "`...[詳細]` in traditional characters",
      "全縣“靜止”下來,生活還要繼續。在多數人看不到的背後,一些人在默默奉獻。...[詳細]",
    ],
    ["`…【详情】`", "我县召开安全生产专题会议,部署节日期间安全防范工作…【详情】"],
    ["`...[阅读全文]`", "近日,县卫健局组织开展疫情防控专项检查,共检查单位12家...[阅读全文]"],
  ])("%s is the page's: the 落款 over it is read", (_, teaser) => {
    expect(read(`${NOTICE}\n${teaser}`)).toEqual({
      publisher: "某县疫情防控工作领导小组办公室",
      publishedOn: "2022-04-11",
      dropped: 1,
    });
  });

  test.each([
    ["a sentence ending in 详细 without a bracket", "请各单位认真阅读通告,了解详细。"],
    ["a bracketed note that is no link", "具体要求见附件[详细要求另行通知]"],
  ])("%s stays the text's", (_, line) => {
    expect(read(`${NOTICE.split("\n").slice(0, 3).join("\n")}\n${line}`).dropped).toBe(0);
  });
});
