import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report's headline printed over two lines, a kicker over the main line, right over the
 * report's dateline (tuning batch s9c): `某组转交第二十三批举报件办理情况显示` / `已办结56件` /
 * `某某日报某市12月23日讯…`. The two lines are the title, joined; a byline, a date or a bracketed
 * subtitle under a headline is not part of it. Examples written for the rule.
 */

const BODY = "全市规模以上工业增加值同比增长6.2%，社会消费品零售总额增长8.1%。";
const titleOf = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a kicker and a main line over a dateline", () => {
  test.each([
    {
      lines: ["某督察组转交第二十三批举报件办理情况显示", "已依法办结56件"],
      dateline: "某某日报某市12月23日讯（记者 王某）",
      title: "某督察组转交第二十三批举报件办理情况显示已依法办结56件",
    },
    {
      lines: ["今年前7个月", "某项基金收入约1.86万亿元"],
      dateline: "新华社北京9月15日电 ",
      title: "今年前7个月某项基金收入约1.86万亿元",
    },
    {
      lines: ["聚焦民生实事", "某市新增就业岗位3.2万个"],
      dateline: "本报讯（记者 王某）",
      title: "聚焦民生实事某市新增就业岗位3.2万个",
    },
  ])(
    "parseBulletinText: `$lines` over `$dateline` is the title $title",
    ({ lines, dateline, title }) => {
      expect(titleOf(`${lines.join("\n")}\n${dateline}${BODY}`)).toBe(title);
    },
  );

  test.each([
    { second: "记者王某", title: "某市经济运行稳中向好" },
    { second: "（2016年3月4日—3月10日）", title: "某市经济运行稳中向好" },
    { second: "2023-09-16 10:00", title: "某市经济运行稳中向好" },
  ])(
    "parseBulletinText: `$second` between a headline and its dateline is no part of the title",
    ({ second, title }) => {
      expect(titleOf(`某市经济运行稳中向好\n${second}\n某某日报讯 ${BODY}`)).toBe(title);
    },
  );

  test.each([
    { lines: ["某市12315中心发布第二季度分析报告", "为消费者挽回经济损失533.8万元"] },
    { lines: ["5月市民热线县市区办理情况通报", "5月市民热线市直部门办理情况通报"] },
  ])("parseBulletinText: `$lines` over a dateline are no kicker and main line", ({ lines }) => {
    const title = titleOf(`${lines.join("\n")}\n某某日报讯（记者 王某）${BODY}`);
    expect(title).not.toBe(lines.join(""));
  });

  test("parseBulletinText: a headline over a first paragraph (no dateline) keeps its line alone", () => {
    expect(titleOf(`某市经济运行稳中向好\n工业生产平稳增长\n${BODY}`)).not.toContain(
      "工业生产平稳增长",
    );
  });
});
