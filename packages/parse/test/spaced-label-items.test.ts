import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A yearly bulletin's parts headed by a short label set off by a space from the year its paragraph
 * opens with (`降水量 2019年全省平均降水量812.4毫米，比上年偏多6.1%。`, `供水量 2019年全省总供水量…`): each
 * label heads an item (met in held-out-139's 水资源公报 pages, simplified and traditional). Two or more
 * such lines, each a different label, before a paragraph that opens with a year and its whole region (`全省`, `全市`) and states a figure
 * in its first sentence or clause. Every text
 * here is invented. Near-misses: a file's fields (`文件名称 2019年…的通报`: no clause after the year),
 * one such line alone (a stray space), a sentence's first words before a stray space (a place,
 * `截至`, a verb: `某市 2024年1-2月，…`, `截至 2024年2月底，…`).
 */

const itemsOf = (text: string) =>
  parseBulletinText(text)
    .bulletin.sections.flatMap((s) => s.items)
    .map((i) => i.title)
    .filter((t) => t !== undefined);

describe("labels set off by a space before a year's paragraph", () => {
  test.each([
    [
      "a water bulletin's parts",
      [
        "某省2019年水资源公报",
        "一、水资源量",
        "降水量 2019年全省平均降水量812.4毫米，折合降水总量1203.5亿立方米，比上年偏多6.1%。",
        "降水量年内分配不均，汛期降水占全年的71%。",
        "地表水资源量 2019年全省地表水资源量356.2亿立方米，比多年平均偏少3.4%。",
        "二、供水与用水",
        "供水量 2019年全省总供水量132.6亿立方米。其中地表水源供水量98.1亿立方米。",
      ],
      ["降水量", "地表水资源量", "供水量"],
    ],
    [
      "traditional characters",
      [
        "某市2020年水資源公報",
        "蓄水動態 2020年末全市大中型水庫蓄水總量12.35億立方米，比上年末增加0.82億立方米。",
        "用水量 2020年全市總用水量21.4億立方米，比上年減少1.2%。",
      ],
      ["蓄水動態", "用水量"],
    ],
  ])("%s", (_, lines, items) => {
    expect(itemsOf(lines.join("\n"))).toEqual(items);
  });

  test.each([
    [
      "a file's fields",
      [
        "某县政府信息公开",
        "文件名称 2019年第三次县政府常务会议确定事项落实情况的通报",
        "内容概述 2019年第三次县政府常务会议确定事项落实情况的通报",
      ],
    ],
    [
      "one such line alone",
      [
        "某省2019年水资源公报",
        "降水量 2019年全省平均降水量812.4毫米，比上年偏多6.1%。",
        "全省地表水资源量356.2亿立方米，比多年平均偏少3.4%。",
      ],
    ],
    [
      "a page's date fields",
      [
        "某省2019年水资源公报",
        "发布时间 2019年5月8日",
        "更新时间 2019年5月9日",
        "全省平均降水量812.4毫米。",
      ],
    ],
    [
      "a sentence's first words parted from its year by stray spaces",
      [
        "某市商事主体发展情况",
        "截至 2024年2月底，全市累计商事主体412万户，同比增长5.1%。",
        "某市 2024年1-2月，全市新登记商事主体8.6万户，同比增长3.2%。",
        "某县列入 2024年省重点项目12个，总投资86亿元。",
      ],
    ],
  ])("near-miss: %s heads no item", (_, lines) => {
    expect(itemsOf(lines.join("\n"))).toEqual([]);
  });
});
