import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A daily report's title that states its day (a miss of the ninth blind set read as a family):
 * `2021年10月8日，某县…工作进程报告` or `某县…日报（2023年7月3日）` gives the date of publication and the
 * day reported on when nothing else gives them. Every example here is written for the rule, not
 * taken from a page.
 */

const parse = (text: string) => parseBulletinText(text);
const body =
  "一、目前情况：截至当日16时，全县未收到疑似病例报告。\n二、工作动态\n2023年1月1日至7月3日，全县累计核酸检测86303份，结果均为阴性。";

describe("a daily report's title that states its day", () => {
  test.each([
    ["2023年7月3日，某县疫情防控工作进程报告", "2023-07-03"],
    ["2023年7月3日 某县防汛抗旱工作动态", "2023-07-03"],
    ["某县防汛抗旱工作日报（2023年7月3日）", "2023-07-03"],
    ["某县疫情防控工作情况(2022年12月1日)", "2022-12-01"],
    ["某县防汛抗旱工作日报（2023.7.3）", "2023-07-03"],
    ["某县防汛抗旱工作日报（二〇二三年七月三日）", "2023-07-03"],
  ])("parseBulletinText: `%s` gives the date and the day reported on", (title, day) => {
    const { bulletin } = parse(`${title}\n${body}`);
    expect(bulletin.publication.title).toBe(
      title.replace(" ", "").replace("(", "（").replace(")", "）"),
    );
    expect(bulletin.issue.publishedOn).toBe(day);
    expect(bulletin.issue.period).toEqual({ kind: "day", date: day });
  });

  test("parseBulletinText: a date line of the page goes before the title's day", () => {
    const { bulletin } = parse(
      `2023年7月3日，某县疫情防控工作进程报告\n发布时间：2023-07-04 09:30\n${body}`,
    );
    expect(bulletin.issue.publishedOn).toBe("2023-07-04");
  });

  test.each([
    "某县2023年7月3日至9日防汛工作情况",
    "某县防汛工作情况（2023年7月3日—7月9日）",
    "某县防汛工作情况（2023.7.3-7.9）",
    "某县防汛工作情况（2023年7月）",
    "某县7月3日疫情防控工作进程报告",
    "2023年7月3日至9日某县防汛工作情况",
    "2023年7月3日以来某县防汛工作情况",
  ])("parseBulletinText: `%s` states no day of its own", (title) => {
    const { bulletin } = parse(`${title}\n${body}`);
    expect(bulletin.issue.period?.kind).not.toBe("day");
    expect(bulletin.issue.publishedOn).toBeUndefined();
  });
});

describe("days written in Chinese numerals", () => {
  test.each([
    [
      "某县防汛工作情况（二〇二三年七月三日至七月九日）",
      { kind: "range", start: "2023-07-03", end: "2023-07-09" },
    ],
    [
      "二〇二三年十月二十八日至三十一日某县旅游市场情况",
      { kind: "range", start: "2023-10-28", end: "2023-10-31" },
    ],
  ])("parseBulletinText: `%s` states its days", (title, period) => {
    const { bulletin } = parse(`${title}\n${body}`);
    expect(bulletin.issue.period).toEqual(period);
  });
});
