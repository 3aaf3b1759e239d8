import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A `第N期` inside a headline's line, Han characters right round it: the headline is kept whole;
 * with a year before it (`…委员会2022年第25期食品安全监督抽检信息`, tianjin-food-sampling-2022-25) the
 * masthead reads it as the issue, without one (`…评价第二期“红黑榜”`, kunming-business-env-2020-redblack-2) the
 * headline's own words, no issue. A masthead's issue standing apart, at the line's end or opening
 * it is read and cut from the name as before.
 */

const body =
  "\n\n近日，某市市场监督管理局组织抽检食品样品1520批次，其中合格样品1498批次，不合格样品22批次。";

describe("an issue inside a headline", () => {
  test("a dated issue inside the headline: the headline whole", () => {
    const { publication } = parseBulletinText(
      `天津市市场监督管理委员会2022年第25期食品安全监督抽检信息\n来源:天津市市场监督管理委员会 发布日期:2022-09-22 10:05${body}`,
    ).bulletin;
    expect(publication.title).toBe("天津市市场监督管理委员会2022年第25期食品安全监督抽检信息");
  });

  test("a round named in the headline is no issue", () => {
    const { publication, issue } = parseBulletinText(
      `昆明市发布营商环境第三方评价第二期“红黑榜”\n\n昆明信息港讯 日前,昆明市发布营商环境第三方评价第二期“红黑榜”,获得电力指标综合得分排名前三。`,
    ).bulletin;
    expect(publication.title).toBe("昆明市发布营商环境第三方评价第二期“红黑榜”");
    expect(issue.number).toBeUndefined();
  });

  test.each([
    ["an issue at the name's end", "某市热线工作简报第9期\n2025年1月10日", "某市热线工作简报", 9],
    [
      "an issue apart from the name",
      "某市热线工作简报  第9期\n2025年1月10日",
      "某市热线工作简报",
      9,
    ],
    ["an issue on its own line", "某市热线工作简报\n第12期\n2025年1月10日", "某市热线工作简报", 12],
  ])("%s is the masthead's number, cut from the name", (_, head, title, number) => {
    const { publication, issue } = parseBulletinText(`${head}${body}`).bulletin;
    expect(publication.title).toBe(title);
    expect(issue.number).toBe(number);
  });
});
