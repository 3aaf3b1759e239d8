import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Two counts of things printed together in a story's section, the second right after the first's
 * short noun or with none, each going on into words of its own (`涉及35个部门385件`, `共6566户25222人
 * 摘掉“穷帽子”`, `全县2380户9961名建档立卡贫困人口`, `每天出动29支消毒队63人对…消毒`, `对14个县(市)区2629个
 * 行政村…`): a whole and what it holds, or one group counted two ways, both reported (since
 * 2026-12-08). Not a count before a measure or a span (`建成1个1200亩的基地`), a bound (`15人以上`), a
 * count in a phrase with 的, nor a second count closing its clause with no words of its own
 * (`新建15个公厕5个。`: that count is read alone).
 * Epidemic, poverty, hotline and survey reports print such pairs. Every text is invented.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、基本情况\n受理业务3215件。\n二、工作措施\n${body}`)
    .bulletin.metrics.slice(1)
    .map((m) => `${m.value}${m.unit}`);

const labels = (body: string): string[] =>
  parseBulletinText(`一、基本情况\n受理业务3215件。\n二、工作措施\n${body}`)
    .bulletin.metrics.slice(1)
    .map((m) => m.label);

describe("two counts printed together in a story's section", () => {
  test.each([
    ["2017年，该县共6566户25222人摘掉“穷帽子”。", ["6566户", "25222人"]],
    ["全县2380户9961名贫困人口签约家庭医生。", ["2380户", "9961名"]],
    ["每天出动29支消毒队63人对公共区域进行消毒。", ["29支", "63人"]],
    ["全镇24个行政村43个执勤卡点每天出动。", ["24个", "43个"]],
    ["对全市12个镇处331个行政村推进垃圾分类检查。", ["12个", "331个"]],
    ["对14个县(市)区2629个行政村开展调查。", ["14个", "2629个"]],
    ["已实现全区6個鎮(街)130個村居健身工程全覆盖。", ["6个", "130个"]],
  ])("parseBulletinText: `%s` reports %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test("parseBulletinText: the first of a pair with no words of its own takes the pair's words", () => {
    expect(labels("2380户9961名贫困人口签约家庭医生。")).toEqual([
      "贫困人口签约家庭医生",
      "贫困人口签约家庭医生",
    ]);
  });
});

describe("counts that stay text (near misses)", () => {
  test.each([
    // The second is a measure, not a count of things.
    ["大力推进产业基地建设，建成1个1200亩的杂交水稻制种基地。", []],
    // The second is a bound.
    ["在405个民警数在15人以上的派出所推行。", []],
    // The second closes its clause with no words of its own.
    ["全镇今年新建15个公厕5个。", ["5个"]],
    // 的 keeps the first inside a phrase.
    ["组织12个部门的干部参加培训。", []],
    // One count alone going on into a noun.
    ["来自39个欠发达县域的企业参加展会。", []],
  ])("parseBulletinText: `%s` reports %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
