import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news site named `…在线` (issue 15, formerly held-out-14: a district 12345 news item,
 * `安图在线合肥讯 11月20日下午，…` under a page's furniture), a county's media centre
 * (`某县融媒体中心讯`) and a news app (`…客户端`): outlets' names like `…网` or `…报`, so their
 * datelines, with or without the place before 讯, name them. A sentence in which `在线` is a word
 * (`市民可在线咨询`), `讯问` and `讯息`, and a place's dateline (`某市讯`) name none. Examples
 * written for the rules.
 */

const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;
const BODY = "11月20日下午，区主要负责人走进热线受理中心，现场接听市民来电8件。";
const HEADLINE = "区主要负责人现场接听热线电话";

describe("a dateline of a site named …在线", () => {
  test.each([
    { line: `某图在线合肥讯 ${BODY}`, outlet: "某图在线" },
    { line: `某某在线讯（记者 王某）${BODY}`, outlet: "某某在线" },
    { line: `某州在線某縣訊 ${BODY}`, outlet: "某州在線" },
    { line: `某某在线某市3月5日讯 ${BODY}`, outlet: "某某在线" },
    // A county's media centre and a news app name their datelines the same way.
    { line: `某某县融媒体中心讯（通讯员 王某）${BODY}`, outlet: "某某县融媒体中心" },
    { line: `某某融媒讯 ${BODY}`, outlet: "某某融媒" },
    { line: `新某某客户端某市讯 ${BODY}`, outlet: "新某某客户端" },
  ])("parseBulletinText: `$line` under a headline names $outlet", ({ line, outlet }) => {
    expect(publisherOf(`${HEADLINE}\n${line}`)).toBe(outlet);
  });

  test("parseBulletinText: the dateline under a page's furniture and a spam 来源 names its site", () => {
    const page = `${HEADLINE}\n\n  • 时间:\n  • 浏览:146\n  • 来源:某某买球网址app\n\n某图在线合肥讯 ${BODY}`;
    expect(publisherOf(page)).toBe("某图在线");
  });

  test.each([
    { line: `市民可在线咨询，${BODY}` },
    { line: `某市讯，${BODY}` },
    { line: `在线讯问系统上线后，${BODY}` },
    { line: `融媒体中心讯息平台显示，${BODY}` },
    { line: `某某融媒体中心讯息平台显示，${BODY}` },
  ])("parseBulletinText: `$line` names no outlet", ({ line }) => {
    expect(publisherOf(`${HEADLINE}\n${line}`)).toBeUndefined();
  });
});
