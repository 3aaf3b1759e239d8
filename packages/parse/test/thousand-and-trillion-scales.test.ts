import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Figures scaled in 千 and 兆, as statistics pages of Taiwan and Hong Kong print them (`失智症者9.1千人`,
 * `較上月減少3千人`, `銷售額5.88兆元`), and the thousands printed after a whole number of 万 or 亿
 * (`預算數154億4,966萬7千元`, `3亿5千万元`): `9.1千人` is 9100 人, `5.88兆元` is 5.88
 * 万亿元, `4,966萬7千` is 4966.7 万. A number of 亿 and 万 with a comma in its 万 (`1億3,900萬人次`) is one
 * figure too. Units that open with 千 (千瓦, 千米, 千克, 千公顷) and 兆 before no currency (`120兆瓦`) stay
 * as they were, and so do 千 with no digit before it (`每千人`), thousands after 万 alone (`1万8千人次`)
 * and 兆 before words (`12兆元資金`). Every text here is written for the test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("figures scaled in 千 and 兆", () => {
  test.each([
    ["年底全市領有證明之長者7.4千人。", ["7400人"]],
    ["全年新增就業1.25千人，較上年增加。", ["1250人"]],
    ["全年受理投诉3千件。", ["3000件"]],
    ["项目总投资5千万元。", ["50000000元"]],
    ["全年補助2億3,400萬人次。", ["234000000人次"]],
    ["年度預算數86億2,315萬4千元。", ["8623154000元"]],
    ["项目总投资3亿5千万元。", ["350000000元"]],
    ["全市營利事業銷售額4.72兆元。", ["4720000000000元"]],
    ["出口总额1.3兆美元。", ["1300000000000美元"]],
    // Near-misses: units opening with 千 or 兆, 千 with no digit before it, a 兆 and 億 amount.
    ["每千人拥有床位5.2张。", ["5.2张"]],
    ["新增装机容量120兆瓦。", ["120兆瓦"]],
    ["新增光伏装机15千瓦。", ["15千瓦"]],
    ["新修道路3.5千米。", ["3.5千米"]],
    ["新增造林面积2.4千公顷。", ["2.4千公顷"]],
    ["放款總額28兆4,615億元。", ["28461500000000元"]],
    ["发放补贴1萬8,000元。", ["18000元"]],
    ["全年接待游客1万8千人次，", []],
    ["共有12兆元資金待撥。", []],
    ["新建线路12千伏。", []],
    ["婴儿死亡率比上年降低1.35千分点。", []],
    ["就業人數 1,162 4 千人，", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test("the 千 dropped from the text is warned of where it stands", () => {
    const { warnings } = parseBulletinText("一、情况\n年底全市領有證明之長者7.4千人。");
    expect(
      warnings.filter((w) => w.code === "unit-normalised").map((w) => w.position.line),
    ).toEqual([2]);
  });
});
