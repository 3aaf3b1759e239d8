import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `某省新增城镇就业43.33万人 提前完成年度目标` over a news item whose only subhead,
 * `某省新增城镇就业43.33万人`, prints the headline's opening words again between two paragraphs. A
 * subhead stating a figure heads a section where a text prints two such lines or more; one alone
 * may be a highlighted figure, unless it is the headline's opening words again: then it heads the
 * part under it. Near-misses: the figure line that is words from the headline's middle, or the whole
 * headline again, or a line in the middle of a paragraph (the line over it closes no sentence).
 * Written for the rule (a 就业 news item and an 地震 news item of the formerly held-out sets 98–105);
 * every text here is invented.
 */

const sections = (text: string) => parseBulletinText(text).bulletin.sections.map((s) => s.title);

const page = (headline: string, subhead: string, over = "全省城镇新增就业43.33万人。") =>
  `${headline}\n\n2024-11-14 01:06:14\n\n某省召开系列主题新闻发布会，介绍全省推动高质量发展、稳就业保民生的有关情况，宣布截至10月底，${over}\n\n${subhead}\n\n发布会上，省人社厅负责人表示，今年全省高度重视就业工作，围绕稳岗位、扩就业、保民生出台了一系列政策措施，城镇调查失业率保持在较低水平。\n\n在促进高校毕业生等重点群体就业方面，全省印发了做好高校毕业生就业创业工作的通知，开发见习岗位1.2万个。`;

describe("a subhead that prints the headline's opening words again", () => {
  test.each([
    [
      "a count of people",
      "某省新增城镇就业43.33万人 提前完成年度目标",
      "某省新增城镇就业43.33万人",
    ],
    [
      "a count of events",
      "今年以来全省共发生三级以上地震134次 西部地区最为集中",
      "今年以来全省共发生三级以上地震134次",
    ],
  ])("%s: it heads a section", (_, headline, subhead) => {
    expect(sections(page(headline, subhead))).toContain(subhead);
  });

  test.each([
    [
      "words from the headline's middle",
      "某省城镇就业43.33万人 提前完成年度目标",
      "提前完成年度目标43.33万人",
      undefined,
    ],
    [
      "the whole headline again",
      "某省新增城镇就业43.33万人",
      "某省新增城镇就业43.33万人",
      undefined,
    ],
    [
      "no sentence closed over it",
      "某省新增城镇就业43.33万人 提前完成年度目标",
      "某省新增城镇就业43.33万人",
      "全省城镇新增就业",
    ],
  ] as [string, string, string, string | undefined][])(
    "near-miss: %s heads nothing",
    (_, headline, subhead, over) => {
      expect(sections(page(headline, subhead, over))).not.toContain(subhead);
    },
  );
});
