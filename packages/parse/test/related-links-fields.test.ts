import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * The headlines of a related-links list (`相关稿件`, `延伸阅读`) are other pages': a field-like
 * line among them (`某局发布：…`, `来源：某某网`) says nothing of this page's publisher or date.
 * A field line above the label, or after the list has ended with a sentence, still does. Every
 * example is written for the rule, not taken from a page.
 */

const body =
  "上半年全市水利建设情况\n时间:2023-07-06 10:00\n上半年，全市完成水利投资18.6亿元，同比增长5.1%。\n新建农村供水工程42处，受益人口3.2万人。";

const publisher = (text: string): string | undefined =>
  parseBulletinText(text).bulletin.publication.publisher?.name;

describe("field-like lines under a related-links label", () => {
  test.each([
    ["a name and 发布 before a colon", "相关稿件", "办发布：某地新修一座水库"],
    ["one character and 发布", "相关阅读", "局发布：某地公路"],
    ["a name and 发表", "延伸阅读", "局发表：某地公路"],
    ["a name run into 来源", "相关新闻", "局来源：某地公路"],
  ])("%s (`%s` over `%s`): the issuer above the label stays the publisher", (_, label, line) => {
    expect(publisher(`${body}\n某市水利局\n${label}\n某地新修一座水库\n${line}`)).toBe(
      "某市水利局",
    );
  });

  test("a source line under the label names no publisher when the page has no issuer", () => {
    expect(publisher(`${body}\n相关稿件\n某地新修一座水库\n来源：某某晚报`)).toBeUndefined();
  });

  // Near-misses: the field above the label, or after a sentence has ended the list, is the page's.
  test.each([
    ["above the label", `${body}\n来源：某市水利局\n相关稿件\n某地新修一座水库`],
    [
      "after the list ended by a sentence",
      `${body}\n相关稿件\n某地新修一座水库\n以上为相关报道。\n来源：某市水利局`,
    ],
  ])("a source field %s names the publisher", (_, text) => {
    expect(publisher(text)).toBe("某市水利局");
  });
});
