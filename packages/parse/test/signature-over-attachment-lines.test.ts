import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A 落款 (the issuer's name over the date) printed right over an attachment's heading alone on its
 * line (`附表`, `附件`, `附件1`), the attachment (a table's title and rows) after it: the 落款 names
 * the issuer and the date. A heading that goes on as a sentence, or a name over the date that is
 * no body's, leaves the text as before. Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
const BODY =
  "全县秋粮收购进度通报\n截至2023年10月31日，全县累计收购秋粮3.2万吨，占计划的64%。\n各乡镇收购进度详见附表。";
const TABLE =
  "2023年秋粮收购进度表\n序号 | 乡镇 | 计划（吨） | 完成（吨） |\n1 | 东镇 | 5000 | 3600 |\n2 | 西镇 | 4000 | 2100 |";

describe("a 落款 over an attachment", () => {
  test.each([
    ["附表", "附表"],
    ["附件", "附件"],
    ["numbered", "附件1"],
    ["with a colon", "附表1："],
  ])("(%s) names the issuer and the date", (_, heading) => {
    const b = read(`${BODY}\n某县粮食和物资储备局\n2023年11月2日\n${heading}\n${TABLE}`);
    expect(b.publication.publisher?.name).toBe("某县粮食和物资储备局");
    expect(b.issue.publishedOn).toBe("2023-11-02");
  });

  test("a heading that goes on is no attachment's", () => {
    const b = read(
      `${BODY}\n某县粮食和物资储备局\n2023年11月2日\n附表所列数据为初步统计\n${TABLE}`,
    );
    expect(b.issue.publishedOn).toBeUndefined();
  });

  test("a name over the date that is no body's is no 落款", () => {
    const b = read(`${BODY}\n各乡镇要加快进度\n2023年11月2日\n附表\n${TABLE}`);
    expect(b.issue.publishedOn).toBeUndefined();
  });
});
