import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's 来源 value that names an outlet or an office and runs on into its reporter's byline,
 * set off by a space as printed (`来源:平凉日报 记者丁小凤`, `来源：某某晚报 记者 王明 通讯员 李华`): the
 * outlet alone is the publisher, as it is before reporters' names alone (`来源:新华网 何雨欣`).
 * Written for the rule (the corpus's shape is the first).
 */

const headline = "上半年平凉市医保基金运行平稳";
const lede =
  "7月22日，记者从市医保局获悉，今年以来，我市医保基金运行安全平稳，基金保障能力持续提升。";
const facts = (meta: string) => {
  const { bulletin } = parseBulletinText(`${headline}\n\n${meta}\n\n${lede}`);
  return { publisher: bulletin.publication.publisher?.name, title: bulletin.publication.title };
};

describe("a 来源 value that runs on into its reporter's byline", () => {
  test.each([
    [" 2022/07/28/ 08:57 来源:平凉日报 记者丁小凤", "平凉日报"],
    ["2022-07-28 08:57 来源：某某晚报 记者 王明 通讯员 李华", "某某晚报"],
    ["发布时间：2023-05-06 来源：某县融媒体中心 通讯员张三", "某县融媒体中心"],
    ["来源：某某新闻网 实习生 李四 记者 王五", "某某新闻网"],
  ])("`%s` names %s", (meta, publisher) => {
    expect(facts(meta)).toEqual({ publisher, title: headline });
  });
});

describe("source values left as printed (counter-cases)", () => {
  test("a name printed with a space and no byline after it stays whole", () => {
    expect(facts("2022-07-28 来源：某市 统计局").publisher).toBe("某市统计局");
  });

  test("a value run together with a byline, no space between, stays whole", () => {
    expect(facts("2022-07-28 来源：某某日报记者站").publisher).toBe("某某日报记者站");
  });
});
