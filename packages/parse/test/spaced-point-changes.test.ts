import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * A decimal whose point a copy set a space after, in a figure's 同比/环比 change (`投诉8362件，同比下降9. 4%`,
 * `同比增加了0. 003%`) or in a figure after the `、` of a list (`1327张表、13. 47亿条`): the number is read
 * whole (9.4, 0.003, 13.47), and its decimals are no figure of their own. A list's marker after a
 * clause's end (`；2. 36个项目`, `。2. 加强`) keeps its reading. Written for the rule (formerly
 * held-out-67–78's 供热 news copy and 数据资源局 review); every text here is invented.
 */

const changes = (body: string): string[] =>
  parseBulletinText(`一、工作动态\n${body}`).bulletin.metrics.map(
    (m) =>
      `${m.value}${m.unit}${m.comparison ? ` ${m.comparison.basis} ${m.comparison.change}` : ""}`,
  );

describe("a spaced point in a change", () => {
  test.each([
    ["受理投诉5126件，同比下降7. 5%。", ["5126件 yoy -7.5"]],
    ["燃气入户率达98. 6%，同比增加了0. 004%；", ["98.6% yoy 0.004"]],
    ["办件量2315件，环比增长12. 25%。", ["2315件 mom 12.25"]],
  ])("%s → %j", (body, expected) => {
    expect(changes(body)).toEqual(expected);
  });
});

describe("a spaced point after a list's 、", () => {
  test.each([
    ["共汇聚48家单位、2210张表、21. 36亿条数据。", "2136000000条"],
    ["新建站点12个、改造管网3. 5公里。", "3.5公里"],
  ])("%s reads %s whole", (body, whole) => {
    expect(changes(body)).toContain(whole);
  });
});

describe("list markers keep their reading", () => {
  test.each([
    ["完成整改；2. 36个项目已开工。", "36个"],
    ["完成整改。3. 18个村已验收。", "18个"],
  ])("%s → %s", (body, count) => {
    const read = changes(body);
    expect(read).toContain(count);
    expect(read.some((f) => f.startsWith("2.36") || f.startsWith("3.18"))).toBe(false);
  });

  test("a whole change keeps its reading", () => {
    expect(figures("投诉8362件，同比下降9.4%。")).toEqual(["投诉=8362件"]);
    expect(changes("投诉8362件，同比下降9.4%。")).toEqual(["8362件 yoy -9.4"]);
  });
});
