import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A document-sharing site's copy opens with the shared file's name as its headline, the file's kind
 * closing it (`2022年度某市人力资源和社会保障事业发展统计公报.docx`): the bulletin's title is the name
 * without the kind. Written for the rule (the corpus's shape is the first).
 */

const body =
  "2022年，全市人力资源社会保障工作取得积极成效。\n\n一、劳动就业\n\n年末全市就业人员1644.37万人，其中城镇就业人员1087.42万人。";

const parse = (head: string) => parseBulletinText(`${head}\n\n${body}`).bulletin;

describe("a shared file's name as the headline", () => {
  test.each([
    [
      "2022年度某市人力资源和社会保障事业发展统计公报.docx\n《2022年度某市人力资源和社会保障事业发展统计公报.docx》由会员分享，可在线阅读，更多相关《2022年度某市人力资源和社会保障事业发展统计公报.docx(18页珍藏版)》请在某某文库上搜索。",
      "2022年度某市人力资源和社会保障事业发展统计公报",
    ],
    ["某县2023年国民经济和社会发展统计公报.pdf", "某县2023年国民经济和社会发展统计公报"],
    ["某区2021年第三季度安全生产工作简报.DOC", "某区2021年第三季度安全生产工作简报"],
    // A spreadsheet, as a page attaches one (the kinds are those of an attachment's line).
    ["某市2024年1-6月主要经济指标.xlsx", "某市2024年1-6月主要经济指标"],
  ])("`%s` is titled by the file's name without its kind", (head, title) => {
    expect(parse(head).publication.title).toBe(title);
  });
});

describe("headlines that keep what they end with (counter-cases)", () => {
  test.each(["某市2022年统计公报", "某市政务服务平台上线2.0版"])("`%s` stays whole", (head) => {
    expect(parse(head).publication.title).toBe(head);
  });
});
