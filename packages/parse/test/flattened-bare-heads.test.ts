import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report flattened onto one line whose parts open with bare heads (no marker, no bracket), each
 * after a sentence's end and a space and ended by a space before its running text (`…基本平稳。
 * 粮油价格稳定 大米、面粉…。 蔬菜价格上涨 白菜…。`): with two or more such heads, no two the same,
 * each starts a line and heads a section. One such place alone, words a space ends before a date, a
 * figure or a label, and words not followed by running text head nothing. Invented variants of the
 * shape (the corpus's, a county's weekly price report in traditional characters, is the first kind).
 */

const sectionsOf = (text: string) => parseBulletinText(text).bulletin.sections.map((s) => s.title);

describe("bare heads run into one flattened line", () => {
  test.each([
    [
      "a weekly price report, a lead sentence before its heads",
      "某县发展和改革局本周价格监测数据显示，猪肉价格下降，蔬菜价格上涨，其他商品价格基本稳定。 粮油价格稳定 大米、面粉零售均价分别为每500克2.80元、2.10元，与上周持平。 蔬菜价格上涨 白菜、萝卜零售均价分别为每500克1.50元、1.20元，较上周上涨3.2%。 猪肉价格下降 精瘦肉零售均价为每500克16.00元，较上周下降2.1%。",
      ["粮油价格稳定", "蔬菜价格上涨", "猪肉价格下降"],
    ],
    [
      "two heads in traditional characters, an exclamation closing a part",
      "據市生態環境局監測，本月全市空氣質量持續向好，污染天數明顯減少。 優良天數增加 全市優良天數為27天，同比增加3天！ 重污染天氣減少 本月未出現重污染天氣，同比減少2天。",
      ["優良天數增加", "重污染天氣減少"],
    ],
  ])("%s", (_, text, titles) => {
    // (A lead before the first head is the text's opening part, `正文`.)
    expect(sectionsOf(text).filter((t) => t !== "正文")).toEqual(titles);
  });
});

describe("spaced words that start no line (near-misses)", () => {
  test.each([
    [
      "one such place alone",
      "今年上半年全区经济运行平稳。 工业生产加快 规模以上工业增加值同比增长6.1%，高于全市0.5个百分点。",
      ["工业生产加快"],
    ],
    [
      "words before a date and before a figure",
      "全县各项工作有序推进。 发布时间 2023年5月8日 来源县政府办。 完成投资 12.5亿元，同比增长8%。 新开工项目 36个，较上年增加5个。",
      ["发布时间", "完成投资", "新开工项目"],
    ],
    [
      "the same words twice",
      "全镇扎实推进各项工作。 相关链接 全镇共建成服务站12个，覆盖全部村居。 相关链接 全镇共开展培训36场，培训群众1200人次。",
      ["相关链接"],
    ],
    [
      "words with no running text after them",
      "全市农产品价格总体稳定。 蔬菜价格 白菜 萝卜 土豆 粮油价格 大米 面粉 食用油",
      ["蔬菜价格", "粮油价格"],
    ],
  ])("%s", (_, text, words) => {
    const titles = sectionsOf(text);
    for (const w of words) expect(titles).not.toContain(w);
  });
});
