import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copied report opening on an outlet's dated `消息` dateline whose separator the copy lost: the
 * report's own day run straight on (`某某网某市8月20日消息8月16日，记者从…`, the space a converter's
 * repair took out) or a converter's lost marks printed where the space stood (`某某網2月11日消息？？記者…`).
 * The outlet (a name ending as a news outlet's does) is the copy's publisher. A dated 消息 after no
 * outlet's name (`今年8月20日消息8月16日…`), or a 消息 that runs on into no day and no lost mark
 * (`…消息8项`), names none. Every text here is written for the test.
 */

const BODY =
  "今年1—7月，全区规模以上工业企业完成增加值1200.5亿元，同比增长31.2%。\n全区固定资产投资完成2100亿元，同比增长20.1%。";
const publisherOf = (first: string) =>
  parseBulletinText(`${first}${BODY}`).bulletin.publication.publisher?.name;

describe("a dated 消息 dateline whose separator the copy lost", () => {
  test.each([
    ["某广网某市8月20日消息8月16日，记者从某区统计局获悉，", "某广网"],
    ["某廣網某市8月20日消息8月16日，記者從某區統計局獲悉，", "某廣網"],
    ["某某网8月20日消息16日，记者从某区统计局获悉，", "某某网"],
    ["某口網2月11日消息？？記者9日從某局獲悉，", "某口網"],
    ["某口网2月11日消息??记者9日从某局获悉，", "某口网"],
    ["某某日报某市3月5日消息？记者从某局获悉，", "某某日报"],
  ])("parseBulletinText: `%s` names %s", (first, outlet) => {
    expect(publisherOf(first)).toBe(outlet);
  });

  test.each([
    ["a year's day before 消息", "今年8月20日消息8月16日，记者从某区统计局获悉，"],
    ["a name that is no outlet's", "某某局8月20日消息？？记者从某局获悉，"],
    ["消息 run on into a count", "某某网8月20日消息8项，记者从某局获悉，"],
  ])("parseBulletinText: %s names no outlet", (_, first) => {
    expect(publisherOf(first)).toBeUndefined();
  });
});
