import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A masthead may print a line naming the series or the kind of issue beside its date
 * (`政务服务和公共资源交易工作专报 2022年10月14日`) and the issuer's name on a line of its own under it
 * (`海东市政务服务监督管理局`): the issuer's line names the publisher, the series line does not. Written
 * for the rule (batch s15b's 海东 专报); the cases are invented.
 */

const BODY = [
  "2022年第三季度政务服务工作情况",
  "一、办件情况",
  "三季度，全市受理政务服务事项共计542914件，办结542309件，办结率99.89%。",
];
const read = (...head: string[]) => {
  const { publication, issue } = parseBulletinText([...head, ...BODY].join("\n")).bulletin;
  return {
    title: publication.title,
    publisher: publication.publisher?.name,
    publishedOn: issue.publishedOn,
  };
};

describe("a series line beside the date, the issuer's name under it", () => {
  test.each([
    ["政务服务和公共资源交易工作专报", "某市政务服务监督管理局"],
    ["12345热线工作简报", "某县政务服务中心"],
    ["督查专刊", "某县人民政府督查室"],
    ["营商环境信息", "某州发展和改革委员会"],
  ])("`%s` names no publisher; `%s` does", (series, issuer) => {
    expect(read("某市政务动态", "第5期", `${series} 2022年10月14日`, issuer)).toEqual({
      title: "某市政务动态",
      publisher: issuer,
      publishedOn: "2022-10-14",
    });
  });
});

describe("mastheads that keep their publisher", () => {
  test("the issuer beside the date, the report's headline under it", () => {
    expect(read("某市政务动态", "第5期", "某市政务服务监督管理局 2022年10月14日").publisher).toBe(
      "某市政务服务监督管理局",
    );
  });

  test("the issuer beside the date, a second body's name under it", () => {
    expect(
      read("某市政务动态", "第5期", "某市政务服务监督管理局 2022年10月14日", "某市公共资源交易中心")
        .publisher,
    ).toBe("某市政务服务监督管理局");
  });
});
