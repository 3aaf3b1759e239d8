import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A county's 统计公报 heads its parts' paragraphs with a short label set off by a space, the paragraph
 * opening with the year's whole (`全年`, `年末`) or the accounting's words (`初步核算，`) rather than the
 * year itself: `地区生产总值 初步核算，全年地区生产总值…亿元`, `财政收入 全年财政总收入…亿元`. Each label
 * heads an item, when two or more such lines with different labels are found (as for `降水量 2019年全省…`).
 * Every text here is written for the test. Near-misses: one such line alone, a headline's kicker over
 * words (`国庆假期 全省安全生产形势总体平稳`: no figure), a place before a stray space.
 */

const itemsOf = (text: string) =>
  parseBulletinText(text)
    .bulletin.sections.flatMap((s) => s.items)
    .map((i) => i.title)
    .filter((t) => t !== undefined);

describe("labels set off by a space before a paragraph of the whole year", () => {
  test.each([
    [
      "a county's bulletin",
      [
        "2022年,全县上下坚持稳中求进工作总基调,经济社会持续健康发展。",
        "一、综合",
        "地区生产总值 初步核算,全年地区生产总值(GDP)412.6亿元,按可比价格计算,比上年增长5.1%。",
        "财政收入 全年财政总收入38.2亿元,同比增长4.7%;其中税收收入29.5亿元。",
        "二、农业",
        "全年农林牧渔业总产值86.3亿元,比上年增长3.9%。",
        "农产品 全年粮食播种面积9.2万公顷,比上年增加0.3万公顷。",
        "三、人口",
        "人口 年末全县户籍人口72.4万人,比上年末减少0.6万人。",
      ],
      ["地区生产总值", "财政收入", "农产品", "人口"],
    ],
    [
      "traditional characters",
      [
        "某縣2021年國民經濟和社會發展統計公報",
        "財政收入 全年財政總收入21.7億元,比上年增長6.2%。",
        "固定資產投資 全年固定資產投資比上年增長8.4%,其中工業投資增長12.1%。",
      ],
      ["財政收入", "固定資產投資"],
    ],
  ])("%s", (_, lines, items) => {
    expect(itemsOf(lines.join("\n"))).toEqual(items);
  });

  test.each([
    [
      "one such line alone",
      [
        "某县2022年国民经济和社会发展统计公报",
        "财政收入 全年财政总收入38.2亿元,同比增长4.7%。",
        "全年一般公共预算支出52.1亿元,增长3.3%。",
      ],
    ],
    [
      "a headline's kicker and words without figures",
      [
        "国庆假期 全省安全生产形势总体平稳",
        "假期全年 全省未发生较大以上生产安全事故",
        "国庆假期期间,全省共检查企业1,208家,发现隐患3,412处。",
      ],
    ],
    [
      "a place before a stray space",
      [
        "某县2022年国民经济和社会发展统计公报",
        "某县 全年地区生产总值412.6亿元,比上年增长5.1%。",
        "全市 全年财政总收入38.2亿元,同比增长4.7%。",
      ],
    ],
  ])("%s: no item is headed", (_, lines) => {
    expect(itemsOf(lines.join("\n"))).toEqual([]);
  });
});
