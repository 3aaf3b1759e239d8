import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A government site's reprint of a city's official account: under the headline, the page's date
 * and clock with the kind of site after a dash (`2024-05-17 16:56:17 - 政府网站`), then the credit
 * of the account it copied (`转自:某某发布`, an account named as a city's 发布). The date is the
 * issue's; the account is the publisher (the kind of site is none). A credit that names no body
 * (`转自:发布`) is no source. Every text here is written for the test.
 */

const HEADLINE = "去年我市邮政快递业务量突破1亿件";
const BODY =
  "\n\n5月15日,市邮政管理局发布《2023年某市邮政行业发展统计公报》,2023年,我市快递业务量首次突破1亿件。\n\n2023年,我市邮政行业业务收入完成26.58亿元,同比增长18.99%。";

const head = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    publisher: bulletin.publication.publisher?.name,
    publishedOn: bulletin.issue.publishedOn,
  };
};

describe("a dashed clock line and an account's credit", () => {
  test.each([
    ["2024-05-17 16:56:17 - 政府网站", "转自:某阳发布", "某阳发布", "2024-05-17"],
    ["2024-05-17 16:56 — 政府网站", "转自：某某发布", "某某发布", "2024-05-17"],
    ["2024-05-17 16:56:17 - 某市人民政府", "", "某市人民政府", "2024-05-17"],
  ])("`%s` / `%s`", (dated, credit, publisher, publishedOn) => {
    const credited = credit === "" ? "" : `\n\n${credit}`;
    expect(head(`${HEADLINE}\n\n${dated}${credited}${BODY}`)).toEqual({ publisher, publishedOn });
  });
});

describe("near misses", () => {
  test("`转自:发布` names no body: the publisher is the body the lede says released its own report (since session 38)", () => {
    expect(
      head(`${HEADLINE}\n\n2024-05-17 16:56:17 - 政府网站\n\n转自:发布${BODY}`).publisher,
    ).toBe("市邮政管理局");
  });

  test("a dash and a sentence after the clock are the text's", () => {
    const { warnings } = parseBulletinText(
      `${HEADLINE}\n\n一、总体情况\n2024-05-17 16:56 - 全市快递业务量突破1亿件,同比增长30.26%。`,
    );
    expect(warnings.filter((w) => w.code === "web-line-dropped")).toEqual([]);
  });
});
