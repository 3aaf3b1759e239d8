import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A photo's caption under the headline whose photographer's credit names a site and its app joined
 * by a middle dot (`…现场。某某网·某某客户端记者 王某 摄`), the report's dateline on the next line: the
 * caption is read past as any caption is, and the dateline's outlet is the publisher. A second line
 * that is a sentence with no credit stops the look, as before. Every text here is written for the test.
 */

const page = (caption: string, dateline: string) =>
  `某省卫生健康工作新闻发布会\n${caption}\n${dateline}今天下午，记者从省政府新闻办获悉，五年来全省慢性病管理服务能力取得新成效。`;

const publisher = (caption: string, dateline: string) =>
  parseBulletinText(page(caption, dateline)).bulletin.publication.publisher?.name;

describe("a caption credited to a dotted outlet over the dateline", () => {
  test.each([
    [
      "发布会现场。某城网·某云客户端记者 郑某某 摄",
      "某城网·某云客户端11月24日讯(记者 王某)",
      "某城网",
    ],
    ["发布会现场。某某网・某某新闻记者 李某 摄", "某某网11月24日讯（记者 王某）", "某某网"],
    [
      "发布会现场。（某某日报·某某客户端通讯员 赵某 摄）",
      "某某日报11月24日讯（记者 王某）",
      "某某日报",
    ],
    ["发布会现场。某某网记者 郑某 摄", "某某网11月24日讯(记者 王某)", "某某网"],
  ])("`%s` over `%s`: %s", (caption, dateline, name) => {
    expect(publisher(caption, dateline)).toBe(name);
  });

  test.each([
    [
      "a sentence with no credit",
      "发布会上，省卫生健康委介绍了有关情况。",
      "某某网11月24日讯(记者 王某)",
    ],
    ["a dot with no role", "发布会现场。某城网·某云客户端 摄影展", "某城网11月24日讯(记者 王某)"],
  ])("%s is not read past", (_, caption, dateline) => {
    expect(publisher(caption, dateline)).toBeUndefined();
  });
});
