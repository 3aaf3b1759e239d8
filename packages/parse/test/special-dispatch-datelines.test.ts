import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A dateline of a dispatch an outlet sent specially or by its own reporter, `专电` or `特电` after the
 * day (`新华网拉萨8月18日专电（记者胡星）`, `新華網拉薩8月18日專電`): it names its outlet as a dateline
 * with `电` does, either script. Written for the rule (formerly held-out-35's 西藏 tourism report
 * in traditional characters, whose outlet was lost); every line here is invented.
 */

const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;
const HEADLINE = "某地旅游持续升温";
const BODY = "记者从某区旅游局获悉，今年1至7月某地接待游客330.74万人次，同比增长21.9%。";

describe("a 专电 or 特电 dateline", () => {
  test.each([
    { line: `新华网拉萨8月18日专电（记者胡星）${BODY}`, outlet: "新华网" },
    {
      line: `新華網拉薩8月18日專電(記者胡星)記者從某區旅遊局獲悉,今年1至7月某地接待遊客330.74萬人次。`,
      outlet: "新華網",
    },
    { line: `某某日报北京3月5日特电（记者王某）${BODY}`, outlet: "某某日报" },
    { line: `新华网拉萨8月18日电（记者胡星）${BODY}`, outlet: "新华网" },
  ])("parseBulletinText: `$line` under a headline names $outlet", ({ line, outlet }) => {
    expect(publisherOf(`${HEADLINE}\n${line}`)).toBe(outlet);
  });

  test.each([
    // A place and a day alone name no outlet.
    { line: `拉萨8月18日专电（记者胡星）${BODY}` },
    { line: `本报拉萨8月18日专电（记者胡星）${BODY}` },
    // 专 after a day opening a clause is no dispatch.
    { line: `8月18日专题会议召开，${BODY}` },
  ])("parseBulletinText: `$line` names no outlet", ({ line }) => {
    expect(publisherOf(`${HEADLINE}\n${line}`)).toBeUndefined();
  });
});
