import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";

/**
 * A clause opening with a day or a span of days and the whole it speaks of, then a count
 * (`10月8日-9日全市56个土壤墒情监测点监测：…`, from `weinan-soil-moisture-2024-19-dafuping`, under its
 * second heading, after a `一、气象概况` part): the count opens its clause, as after a month
 * (`1-5月，…`) or `全市` alone, and is a figure. A day inside a clause (`参加10月8日-9日全市…`) opens
 * no clause, and its count stays text.
 */

const parse = (line: string) =>
  parseBulletinText(
    [
      "渭南市秋播土壤墒情简报",
      "一、气象概况",
      "10月上旬以来,全市以晴为主,农田土壤墒情整体适宜播种。",
      "二、土壤墒情监测结果及评价",
      line,
    ].join("\n"),
  ).bulletin as Bulletin;

const counts = (line: string) =>
  parse(line)
    .metrics.filter((m) => m.unit === "个")
    .map((m) => `${m.label} ${m.value}`);

describe("a count after a day and the whole a clause opens with", () => {
  test.each([
    [
      "a span of days and 全市",
      "10月8日-9日全市56个土壤墒情监测点监测:土壤相对含水量0-20cm平均值为68.41%;20-40cm平均值为69.29%。",
      ["10月8日-9日全市 56"],
    ],
    [
      "a span of days with 至, after a clause",
      "本期墒情总体适宜,10月1日至7日全县23个监测点土壤相对含水量均在60%以上。",
      ["10月1日至7日全县 23"],
    ],
    ["one day and 全省", "10月8日全省87个监测站点开展了同步监测,结果如下。", ["10月8日全省 87"]],
  ])("parseBulletinText: after %s the count is a figure", (_, line, expected) => {
    expect(counts(line)).toEqual(expected);
  });

  test.each([
    ["a day inside a clause", "市农技中心参加10月8日-9日全市56个监测点的会商,研判墒情。"],
    [
      "a day with no whole and a count inside a phrase",
      "来自10月8日56个监测点的数据显示墒情适宜。",
    ],
  ])("parseBulletinText: after %s the count stays text", (_, line) => {
    expect(counts(line)).toEqual([]);
  });
});
