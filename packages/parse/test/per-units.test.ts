import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Figures met on the formerly held-out texts (issue 14): units counted per another unit
 * (`4.39吨/平方公里`), prices per a quantity of goods (`11.95元/500克`, `94.95元/桶`: held-out-10),
 * containers counted in letters (`611.67万TEU`), counts of rounds of a kind (`批次`), and the count
 * of what was done (`所监测的25个项目`). The texts here are written for the tests.
 */

const figures = (text: string) =>
  parseBulletinText(text).bulletin.metrics.map(({ value, unit }) => ({ value, unit }));

/** One test a case: the text's figures are the expected ones, in order. */
const readsFigures = (
  cases: { what: string; text: string; expected: { value: number; unit: string }[] }[],
): void =>
  test.each(cases)("parseBulletinText: $what", ({ text, expected }) => {
    expect(figures(text)).toEqual(expected);
  });

describe("units counted per another unit", () => {
  readsFigures([
    {
      what: "a weight per area is one unit, and so is the change stated in it",
      text: "一、降尘\n全市月降尘量为3.18吨/平方公里，较上月减少0.52吨/平方公里。",
      expected: [
        { value: 3.18, unit: "吨/平方公里" },
        { value: 0.52, unit: "吨/平方公里" },
      ],
    },
    {
      what: "a price per square metre and a count per month keep the unit they are counted per",
      text: "一、市场\n新建商品住宅均价8650元/平方米；巡查频次为2次/月。",
      expected: [
        { value: 8650, unit: "元/平方米" },
        { value: 2, unit: "次/月" },
      ],
    },
    {
      what: "a scaled amount per person keeps its scale and both units",
      text: "一、收入\n居民人均可支配收入1.25万元/人，同比增长5.1%。",
      expected: [{ value: 12_500, unit: "元/人" }],
    },
    {
      what: "a slash before no unit leaves the figure's own unit (counter-case)",
      text: "一、受理\n本月受理诉求320件/其中投诉85件。",
      expected: [
        { value: 320, unit: "件" },
        { value: 85, unit: "件" },
      ],
    },
    {
      what: "人/次 and 微克/立方米 stay the units they were",
      text: "一、服务\n接待群众5053人/次，PM2.5平均浓度为35微克/立方米。",
      expected: [
        { value: 5053, unit: "人/次" },
        { value: 35, unit: "微克/立方米" },
      ],
    },
  ]);

  test("parseBulletinText: a figure in a unit per an area is one figure of its printed value and both units (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.nat({ max: 99 }),
        fc.constantFrom("吨", "元", "件", "千克"),
        fc.constantFrom("平方公里", "平方米", "亩", "公顷", "人", "年"),
        (int, frac, unit, per) => {
          const printed = `${int}.${String(frac).padStart(2, "0")}`;
          const found = figures(`一、概况\n全县平均水平为${printed}${unit}/${per}。`);
          expect(found).toEqual([{ value: Number(printed), unit: `${unit}/${per}` }]);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("counts of rounds of a kind", () => {
  readsFigures([
    {
      what: "批次 and 架次 are units of their own, not 批 and 架 with 次 after them",
      text: "一、抽检\n完成监督抽检12345批次，发现不合格样品321批次；保障航班1200架次。",
      expected: [
        { value: 12_345, unit: "批次" },
        { value: 321, unit: "批次" },
        { value: 1200, unit: "架次" },
      ],
    },
    {
      what: "天次 (days counted over places, as air-quality reports give them) is a unit of its own",
      text: "一、空气质量\n区域内发生重污染395天次，同比下降36.2%；优良天数累计1203天。",
      expected: [
        { value: 395, unit: "天次" },
        { value: 1203, unit: "天" },
      ],
    },
    {
      what: "a 批 before other words stays a count of batches (counter-case)",
      text: "一、走访\n走访群众110批1731人次。",
      expected: [
        { value: 110, unit: "批" },
        { value: 1731, unit: "人次" },
      ],
    },
  ]);
});

/**
 * In story sections (工作动态) a count inside a phrase stays text (the reference issue's
 * `来自39个欠发达县域的…`); the count of what was done (`所` + a verb + `的`) is reported.
 */
describe("the count of what was done", () => {
  readsFigures([
    {
      what: "a count after 所 + a verb + 的 is a figure",
      text: "一、工作动态\n对全县水域开展监测，就所监测的18个项目的平均值而言，均符合标准。",
      expected: [{ value: 18, unit: "个" }],
    },
    {
      what: "a count after 所辖的 is a figure",
      text: "一、工作动态\n组织全区所辖的9个街道开展排查工作。",
      expected: [{ value: 9, unit: "个" }],
    },
    {
      what: "a count after another 的 stays text inside its phrase (counter-case)",
      text: "一、工作动态\n集中展销来自全省的39个欠发达县域的优质农特产品。",
      expected: [],
    },
  ]);
});

describe("units of environment bulletins, currencies and goods", () => {
  readsFigures([
    {
      what: "noise in 分贝 is no score, rain in 毫米 no 米, temperatures in ℃ and 摄氏度",
      text: "一、环境质量\n昼间平均等效声级为54.6分贝，月降水量128.5毫米，平均气温18.2℃，最高气温36摄氏度。",
      expected: [
        { value: 54.6, unit: "分贝" },
        { value: 128.5, unit: "毫米" },
        { value: 18.2, unit: "℃" },
        { value: 36, unit: "摄氏度" },
      ],
    },
    {
      what: "per mille, other currencies and power are units",
      text: "一、概况\n人口自然增长率为3.2‰，实际利用外资1.5亿欧元，港资2.3亿港元，新增装机容量120兆瓦。",
      expected: [
        { value: 3.2, unit: "‰" },
        { value: 150_000_000, unit: "欧元" },
        { value: 230_000_000, unit: "港元" },
        { value: 120, unit: "兆瓦" },
      ],
    },
    {
      what: "counts of goods, vessels, trees, books and buildings are units",
      text: "一、执法检查\n查扣假冒白酒326瓶、香烟58条、月饼12盒、化肥40袋，检查船舶15艘，补植苗木2300株，发放宣传手册5000本，排查危房32栋。",
      expected: [
        { value: 326, unit: "瓶" },
        { value: 58, unit: "条" },
        { value: 12, unit: "盒" },
        { value: 40, unit: "袋" },
        { value: 15, unit: "艘" },
        { value: 2300, unit: "株" },
        { value: 5000, unit: "本" },
        { value: 32, unit: "栋" },
      ],
    },
    {
      what: "a unit character that starts a word after a number is no unit (counter-case)",
      text: "一、热线运行\n12345本月共受理诉求800件，12345架构优化后运行平稳。",
      expected: [{ value: 800, unit: "件" }],
    },
  ]);
});

describe("prices counted per a quantity of goods", () => {
  readsFigures([
    {
      what: "a price per a counted weight keeps the count and the weight (traditional page, full-width slash)",
      text: "一、豬肉價格\n牛肉零售均價38.60元／500克，生豬收購均價680元/50公斤。",
      expected: [
        { value: 38.6, unit: "元/500克" },
        { value: 680, unit: "元/50公斤" },
      ],
    },
    {
      what: "a price per a volume, per a weight without a count and per a Latin unit",
      text: "一、食用油\n花生油均价为120.5元/4升，大米均价2.6元/斤，牛肉均价76元/kg。",
      expected: [
        { value: 120.5, unit: "元/4升" },
        { value: 2.6, unit: "元/斤" },
        { value: 76, unit: "元/kg" },
      ],
    },
    {
      what: "a price per a container or piece names it, traditional units written simplified",
      text: "一、副食品\n矿泉水均价2.5元/瓶，活鸡均价45元/隻，燃煤价格850元/噸。",
      expected: [
        { value: 2.5, unit: "元/瓶" },
        { value: 45, unit: "元/只" },
        { value: 850, unit: "元/吨" },
      ],
    },
    {
      what: "a count over a count is no unit: the figure keeps its own (counter-case)",
      text: "一、办理\n本月按期办结23件/25件，回访满意度高。",
      expected: [{ value: 23, unit: "件" }],
    },
    {
      what: "a price before a slash and a Latin word keeps its own unit (counter-case)",
      text: "一、费用\n服务费为30元/kgs计费规则另行公布。",
      expected: [{ value: 30, unit: "元" }],
    },
  ]);

  test("parseBulletinText: a price per a counted weight is one figure of its printed value and the unit as printed (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }),
        fc.nat({ max: 99 }),
        fc.constantFrom("", "5", "50", "500", "2.5"),
        fc.constantFrom("克", "公斤", "千克", "斤", "升", "毫升", "桶", "袋"),
        fc.constantFrom("/", "／"),
        (int, frac, count, per, slash) => {
          const printed = `${int}.${String(frac).padStart(2, "0")}`;
          const found = figures(
            `一、价格\n本周零售均价为${printed}元${slash}${count}${per}，较上周持平。`,
          );
          expect(found).toEqual([{ value: Number(printed), unit: `元/${count}${per}` }]);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("containers counted in letters", () => {
  readsFigures([
    {
      what: "twenty-foot equivalents, scaled, and the change after them",
      text: "一、港口\n完成集装箱吞吐量25.3万TEU，同比增长4.1%；内河港口完成8600TEU。",
      expected: [
        { value: 253_000, unit: "TEU" },
        { value: 8600, unit: "TEU" },
      ],
    },
    {
      what: "a code in capitals after a count is no TEU (counter-case)",
      text: "一、港口\n新增泊位3个，编号为T2。",
      expected: [{ value: 3, unit: "个" }],
    },
  ]);
});
