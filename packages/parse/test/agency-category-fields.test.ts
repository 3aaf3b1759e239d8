import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A ministry's disclosure list printed one field a line, the body that issued the file under
 * `机构分类` (the list files it by the issuing department: `机构分类` / `综合规划司`): that body is
 * the publisher, as under `发布机构`. Written for the rule (the corpus's shape is the first).
 */

const headline = "前三季度交通运输经济运行情况";
const body =
  "今年三季度交通运输经济总体延续恢复态势。\n\n一、营业性货运量\n\n前三季度，完成营业性货运量376.3亿吨，同比下降2.0%。";

const parse = (fields: string) => parseBulletinText(`${headline}\n\n${fields}\n\n${body}`).bulletin;

describe("the issuing department under 机构分类", () => {
  test.each([
    [
      "文号\n\n索引号\n\n000019713O04/2022-00183\n\n公开日期\n\n2022年10月28日\n\n主题词\n\n交通运输;经济运行分析\n\n机构分类\n\n综合规划司\n\n主题分类\n\n运行分析",
      "综合规划司",
    ],
    [
      "索引号\n\n000019713O04/2023-00021\n\n机构分类\n\n运输服务司\n\n公开日期\n\n2023年2月3日",
      "运输服务司",
    ],
    ["机构分类\n\n某省统计局\n\n公开日期\n\n2023年2月3日", "某省统计局"],
  ])("`%s` names the publisher", (fields, name) => {
    expect(parse(fields).publication.publisher?.name).toBe(name);
  });
});

describe("a 机构分类 line that names no body (counter-cases)", () => {
  test.each(["机构分类\n\n公开日期\n\n2023年2月3日", "机构分类\n\n其他"])(
    "`%s` names no publisher",
    (fields) => {
      expect(parse(fields).publication.publisher).toBeUndefined();
    },
  );
});
