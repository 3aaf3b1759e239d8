import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Two shapes of a water report's figures (the misses of `held-out-12` read as a family):
 * - an exceedance measured to two decimals after `超` (`赋石超0.29米`, `超汛限水位1.05米`' kin): a
 *   measurement, read as a figure, where a round bound after `超` (`超90%`, `超2300万人`, `超1.5米`)
 *   stays text, as before;
 * - a volume in `方` (cubic metres as reports say them: `蓄水6906万方`, `土方开挖12.5万方`), where
 *   `方` opening a word (`3方面`, `2方式`) is no unit.
 * Every example here is written for the rule, not taken from a page.
 */

const figures = (sentence: string) =>
  parseBulletinText(`水情通报\n\n${sentence}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("an exceedance measured after 超", () => {
  test.each([
    {
      sentence: "5座水库超汛限水位，分别为甲库超0.29米、乙库超1.82米。",
      read: ["0.29米", "1.82米"],
    },
    { sentence: "甲站水位超0.07米，乙站低于警戒0.20米。", read: ["0.07米", "0.2米"] },
    { sentence: "最高气温超35.25℃的站点有3个。", read: ["35.25℃", "3个"] },
  ])("parseBulletinText: `$sentence` reads $read", ({ sentence, read }) => {
    expect(figures(sentence)).toEqual(expect.arrayContaining(read));
  });

  test.each([
    { sentence: "开工率已超90%，全年完成投资12亿元。", bound: "90%" },
    { sentence: "贫困人口超2300万人，已全部脱贫。", bound: "23000000人" },
    { sentence: "河道水位超1.5米，已启动应急响应，转移群众12人。", bound: "1.5米" },
    { sentence: "寄递业务量超1.25万亿件，同比增长13%。", bound: "12500000000000件" },
  ])("parseBulletinText: a bound after 超 (`$bound`) stays text", ({ sentence, bound }) => {
    expect(figures(sentence)).not.toContain(bound);
  });
});

describe("a volume in 方", () => {
  test.each([
    { sentence: "较20日增加蓄水6906万方。", read: "69060000方" },
    { sentence: "完成土方开挖12.5万方，浇筑混凝土3000方。", read: "125000方" },
    { sentence: "全市水库蓄水量1.2亿方，同比增加5%。", read: "120000000方" },
  ])("parseBulletinText: `$sentence` reads $read", ({ sentence, read }) => {
    expect(figures(sentence)).toContain(read);
  });

  test.each(["从3方面推进工作，共办结诉求12件。", "采取2方式开展检查，共检查企业15家。"])(
    "parseBulletinText: `方` opening a word (`%s`) is no unit",
    (sentence) => {
      expect(figures(sentence).filter((f) => f.endsWith("方"))).toEqual([]);
    },
  );
});
