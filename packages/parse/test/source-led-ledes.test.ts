import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy whose lede opens with the source it was taken from (`消息来源：某报 据…`, `信息来源：…`):
 * the line is the text's first paragraph, its figures read, not a page's metadata line dropped
 * (the source label was counted twice, `消息来源` and `来源`, and two labels made the line the
 * page's). Near-misses stay the page's: a source label with the page's date and no sentence, a
 * short source line (at most 60 characters, read as a field), and two labels, one a date's. Written for the rule (session 27's tuning misses: a news
 * summary page copying a procuratorate's half-year figures); every text here is invented.
 */

const dropped = (text: string): number[] =>
  parseBulletinText(text)
    .warnings.filter((w) => w.code === "web-line-dropped")
    .map((w) => w.position.line);

const values = (text: string): string[] =>
  parseBulletinText(text).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("a lede opening with its source is the text's", () => {
  test.each([
    [
      "消息来源:某某日报 某某网讯 据某省统计局消息,今年1至3月,全省旅游市场持续回暖,各地景区客流明显增加,共接待游客32.5万人次,同比增长18.4%。",
      ["325000人次"],
    ],
    [
      "新闻来源：某某晚报 记者从市人社局获悉，上半年全市就业形势总体稳定，各项稳岗政策落地见效，新增就业4.6万人，城镇登记失业率2.8%。",
      ["46000人", "2.8%"],
    ],
    [
      "信息来源：某某网 据了解，今年以来全县政务服务中心运行平稳，窗口服务持续优化，累计办理业务12.3万件，同比下降6.5%，办结率99.1%。",
      ["123000件", "99.1%"],
    ],
    [
      "稿件来源:某某报 近日，某区发布数据，前三季度热线运行总体平稳，群众诉求得到及时回应，共受理诉求8.1万件，按时办结率97.2%。",
      ["81000件", "97.2%"],
    ],
  ])("%s", (lede, expected) => {
    const text = `某某新闻汇总 2022-07-31\n\n${lede}`;
    expect(dropped(text)).not.toContain(3);
    expect(values(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe("the page's own source and date lines stay dropped", () => {
  test.each([
    // A source label with the page's date, no sentence in it.
    ["法治新闻来源：某某社2021年3月2日08:00 A-A+"],
    ["新闻来源：某某网 2020-05-06 10:20"],
    ["消息来源：某某日报"],
    ["来源：某某日报，记者王某。"],
    // Two labels, one a date's.
    ["信息来源：某某局 发布时间：2021-04-01"],
    ["栏目：工作动态发布时间：2021-03-10"],
  ])("%s", (line) => {
    const text = `某县2021年一季度经济运行情况\n\n${line}\n\n一季度全县地区生产总值增长6.1%。`;
    expect(dropped(text)).toContain(3);
  });
});
