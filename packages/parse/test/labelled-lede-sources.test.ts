import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report's lede opening with its source's label, the source's name and a space
 * (`消息来源:某某证券报 据某市统计局7月20日消息,…。`, `消息来源:某某证券报 某某证券网讯 …`): the source is the
 * publisher. Near-misses: the name run on into the report with no space, a name that is no
 * outlet's or office's. Every text here is written for the test.
 */

const REPORT =
  "据某市统计局7月20日消息,某市统计局今天发布2022年1至6月全市主要经济数据,全市经济运行总体平稳,主要指标好于预期。";
const publisherOf = (lede: string): string | undefined =>
  parseBulletinText(`某某要闻\n\n${lede}\n\n上半年,全市规模以上工业增加值同比增长5.1%。`).bulletin
    .publication.publisher?.name;

describe("a lede opening with its source's label", () => {
  test.each([
    ["消息来源, an attribution after", `消息来源:某某证券报 ${REPORT}`, "某某证券报"],
    [
      "a second outlet's dateline after",
      `消息来源：某某证券报 某某证券网讯 ${REPORT}`,
      "某某证券报",
    ],
  ])("(%s): the source is the publisher", (_, lede, name) => {
    expect(publisherOf(lede)).toBe(name);
  });

  test.each([
    ["run on with no space", `消息来源:某某证券报${REPORT}`],
    ["no outlet's or office's name", `消息来源:网络整理 ${REPORT}`],
  ])("(%s): no source", (_, lede) => {
    const got = publisherOf(lede);
    expect(got === undefined || !got.startsWith("某某证券报")).toBe(true);
    expect(got).not.toBe("网络整理");
  });
});
