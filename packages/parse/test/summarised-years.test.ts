import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A work summary's opening that announces it (`…。现将2023年工作总结如下。`) names the year it
 * reports on, as `现将2023年…情况报告如下` does. A summary of part of a year (`2023年上半年`,
 * `2023年1-6月`) or one since a year's start (`2023年以来`) names none. Written for the rule (the corpus's shape, a district 政务服务数据管理局's summary, is
 * the first).
 */

const body =
  "一、工作开展情况\n（一）夯实服务基础，持续优化政务服务环境。\n1.对标最优应进必进，提升办事便利度。目前，区级政务服务中心共进驻36个行政审批部门，可办理1406项事项，事项进驻率达96.7%。\n2.推进“服务延伸”实现就近办结。全区部署政府服务自助机85台，可办理240项服务事项。";

const period = (opening: string) => parseBulletinText(`${opening}\n${body}`).bulletin.issue.period;

describe("a work summary's opening announcing its year", () => {
  test.each([
    [
      "今年以来，区政务服务数据管理局坚持以数字化改革助力政府职能转变，推进“放管服”改革等任务。现将2023年工作总结如下。",
      2023,
    ],
    ["今年以来，县市场监管局认真落实各项工作部署。现将2022年度工作总结如下：", 2022],
    ["现将2021年全市统计工作总结如下：", 2021],
  ])("parseBulletinText: `%s` states the year", (opening, year) => {
    expect(period(opening)).toEqual({ kind: "year", year });
  });

  test.each([
    "今年以来，县市场监管局认真落实各项工作部署。现将2023年上半年工作总结如下：",
    "现将2023年以来全县政务服务工作总结如下：",
    "今年以来，县市场监管局认真落实各项工作部署。现将2023年1-6月工作总结如下：",
  ])("parseBulletinText: `%s` states no year reported on", (opening) => {
    expect(period(opening)?.kind).not.toBe("year");
  });
});
