import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Counts summed with a plus sign, each with the noun it counts (`1个管理部门+15个街道+263个社区`):
 * a plus after a counted noun adds the next count, which is a figure as the first is. A plus
 * after a number is a scheme's code (`42+1个重点事项`, `“1+1+30+263”`), and a plus before a
 * percentage after a noun may be a growth rate's sign: neither is read as a count so. Every text
 * here is written for the test.
 */

const figures = (sentence: string) =>
  parseBulletinText(`某区接诉即办工作综述\n${sentence}\n全年受理诉求27.14万件。`)
    .bulletin.metrics.map((m) => `${m.value}${m.unit}`)
    .filter((f) => f !== "271400件");

describe("counts summed with a plus sign", () => {
  test.each([
    [
      "打造“1+15+263”就业服务站点（即1个管理部门+15个街道+263个社区），率先实现全覆盖。",
      ["1个", "15个", "263个"],
    ],
    ["全区建成1个中心+8个分中心+32个服务站，覆盖全部社区。", ["1个", "8个", "32个"]],
    ["共派出3名专家＋12名志愿者，开展服务46次。", ["3名", "12名", "46次"]],
  ])("parseBulletinText: `%s` reads %j", (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  test.each([
    ["提前完成“42+1个重点事项”全部上线运行的目标，办件量达1200件。", ["1200件"]],
    // (The bound after the sum is a figure of its own, with its 余: bounded-amounts.test.ts.)
    ["巩固“1+1+30+263”贯通工作体系，夯实完善20余项工作机制。", ["20项"]],
    ["全区财政收入12亿元+5.2%，总量居全市第一。", ["1200000000元"]],
  ])("parseBulletinText: `%s` reads only %j", (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});
