import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Energy written out as 千瓦小时 (`用电量2.61亿千瓦小时`, traditional `2.61億千瓦小時`), the long
 * spelling of 千瓦时: the figure's unit is 千瓦小时, not power (千瓦) with 小时 left over. Power, the
 * short spelling and hours alone stay as they were. Every text here is written for the test.
 */

const metricsOf = (sentence: string): { value: number; unit: string }[] =>
  parseBulletinText(`一、工业运行\n${sentence}`).bulletin.metrics.map((m) => ({
    value: m.value,
    unit: m.unit,
  }));

describe("energy in 千瓦小时", () => {
  test.each([
    ["亿 and simplified", "全县工业用电量2.61亿千瓦小时,同比增长18.5%。", 261000000],
    ["億 and traditional 時", "全縣工業用電量2.61億千瓦小時,同比增長18.5%。", 261000000],
    ["万 and no comparison after it", "一季度全市发电量1200万千瓦小时。", 12000000],
  ])("%s: one figure in 千瓦小时", (_, sentence, value) => {
    expect(metricsOf(sentence)).toContainEqual({ value, unit: "千瓦小时" });
  });

  test.each([
    ["power", "全县新增装机容量2.61万千瓦,同比增长18.5%。", 26100, "千瓦"],
    ["the short spelling", "全县工业用电量2.61亿千瓦时,同比增长18.5%。", 261000000, "千瓦时"],
    ["hours alone", "设备累计运行120小时,同比增长18.5%。", 120, "小时"],
  ])("%s: as before", (_, sentence, value, unit) => {
    expect(metricsOf(sentence)).toContainEqual({ value, unit });
  });
});
