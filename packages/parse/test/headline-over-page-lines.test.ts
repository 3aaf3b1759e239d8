import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's headline over the page's own short lines (a column's name, an author's handle, a site's
 * name left before the date on its line) and its date, no issue number: the headline alone is the
 * title, the short lines are no part of it. Near-misses keep the joined reading: a bulletin's name
 * broken over lines (a short first piece), a title broken before its end (a long second piece, or a
 * piece ending as a title or a bulletin's name does).
 */

const lede =
  "据统计，今年以来甲省加强就业帮扶，累计帮助农村劳动力外出务工12.5万人，同比增长3.2%。\n甲省有关负责人表示，下一步将继续做好就业服务。\n";
const titleOf = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a headline over the page's short lines and its date", () => {
  test.each([
    ["a column's name alone", "甲省夏收夏种工作稳步推进", "资讯\n2024-06-12 10:05"],
    [
      "an author's handle before the clock",
      "甲地遭受暴雨灾害已致3人受伤",
      "abc12| 2019-07-02 08:00:00",
    ],
    [
      "a site's name before the date's label",
      "甲省农村劳动力外出务工规模达12.5万人",
      "乙丙经济信息网   时间：2022-03-15",
    ],
    ["a traditional copy", "甲省秋收工作全面展開進度過半", "生活\n2023-09-20 16:40"],
  ])("%s: the headline is the title", (_name, head, page) => {
    expect(titleOf(`${head}\n${page}\n${lede}`)).toBe(head);
  });

  test.each([
    [
      "a bulletin's name in pieces",
      "甲市12345\n政务服务便民热线\n2024年5月10日",
      "甲市12345政务服务便民热线",
    ],
    [
      "a title broken before its figure",
      "2023年1-5月全市规模以上工业\n增加值增长5.2%\n2023-06-20 09:00",
      "2023年1-5月全市规模以上工业增加值增长5.2%",
    ],
    [
      "a title broken before its kind",
      "甲县2023年第一季度经济运行\n情况分析\n2023-04-20 09:00",
      "甲县2023年第一季度经济运行情况分析",
    ],
    [
      "a bulletin's name and its kind",
      "甲县政务服务中心政务服务\n工作简报\n2024-05-10 09:00",
      "甲县政务服务中心政务服务工作简报",
    ],
    [
      "a statistical communiqué's name and its kind",
      "2021年甲区国民经济和社会发展\n统计公报\n甲区统计局\n2022年5月25日",
      "2021年甲区国民经济和社会发展统计公报",
    ],
  ])("%s: the pieces stay one title", (_name, head, title) => {
    expect(titleOf(`${head}\n${lede}`)).toBe(title);
  });
});
