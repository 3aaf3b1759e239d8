import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper's digital edition over a copied report: the edition's name (`某某日报 数字报纸`,
 * `某某晚报电子版`, `某某日報數字報`) and the page's label, with or without its `第` (`02版:要闻`,
 * `第3版：民生`, `A05版：本地`), each alone on its line over the headline. Both are the page's: the
 * headline is the title, and the newspaper whose edition it is (its `本报讯` report) is the
 * publisher. Every example is written for the rule, not taken from a page.
 */

const report =
  "  本报讯 (记者 王明 通讯员 李华) 数据显示，2023年全市共受理各类消费投诉举报22448件，其中消费投诉18077件。";
const later = "其中网购类投诉达4445件，与2022年相比，增长率为21.18%。";
const headline = "我市发布2023年度消费投诉举报数据";

describe("a newspaper's digital edition over its report", () => {
  test.each([
    ["某某日报 数字报纸", "02版:要闻", "某某日报"],
    ["东林晚报电子版", "第3版：民生", "东林晚报"],
    ["某某日報 數字報", "A05版：本地", "某某日報"],
    ["西林日报数字版", "第01版:头版", "西林日报"],
  ])(
    "parseBulletinText: under `%s` and `%s` the headline is the title, %s the publisher",
    (edition, page, name) => {
      const text = [edition, "", page, "", headline, "", report, later].join("\n");
      const { bulletin } = parseBulletinText(text);
      expect(bulletin.publication.title).toBe(headline);
      expect(bulletin.publication.publisher?.name).toBe(name);
      expect(bulletin.issue.period).toEqual({ kind: "year", year: 2023 });
    },
  );

  test.each([
    // A headline about a newspaper is the title, no edition's name.
    "某某日报数字报纸平台上线运行",
    // A page label in a sentence is the text's.
    "2版：我市三个项目入选省级示范名单",
  ])("parseBulletinText: `%s` is the headline (counter-case)", (line) => {
    const text = [line, "", report, later].join("\n");
    expect(parseBulletinText(text).bulletin.publication.title).toBe(line);
  });
});
