import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's date and clock time under its headline, closed by the mark of how the page came
 * (`2017-08-11 17:30:46   转载`, `… 原创`, a forum's `… 上传`), a poster's field perhaps over it (`信息发布者:某某`): the page's
 * date line, so the headline is the title and the date the page's. A sentence that opens with a date
 * and a time stays the text's. Every text here is written for the test.
 */

const TITLE = "某县县长热线真的“很热”";
const BODY =
  "某网某县分站8月11日讯（通讯员 李某）近几年来，某县把群众来电来访投诉受理工作作为服务群众的重要渠道，全年受理投诉1200件。";

describe("a clocked date closed by a repost mark", () => {
  test.each([
    ["转载 after spaces", "2017-08-11 17:30:46   转载"],
    ["原创", "2017-08-11 17:30 原创"],
    ["a poster's field over it", "信息发布者:某某\n2017-08-11 17:30:46 转载"],
    ["a poster's field of three characters", "信息发布者:爱某某\n2017-08-11 17:30:46 转载"],
    // A forum's attachment, its upload's date and time (formerly held-out-39's flood notice).
    ["a forum's upload (上传)", "2017-8-11 17:30 上传"],
    ["a forum's upload in traditional characters (上傳)", "2017-8-11 17:30 上傳"],
  ])("%s: the headline is the title, the date the page's", (_, line) => {
    const { bulletin } = parseBulletinText(`${TITLE}\n\n${line}\n\n${BODY}`);
    expect(bulletin.publication.title).toBe(TITLE);
    expect(bulletin.issue.publishedOn).toBe("2017-08-11");
    expect(JSON.stringify(bulletin.sections)).not.toContain("发布者");
  });

  test("under a breadcrumb ending in 正文, a poster's field is no title", () => {
    const { bulletin } = parseBulletinText(
      `首页 > 大家关注 > 正文\n购物车\n0\n\n${TITLE}\n\n信息发布者:爱某某\n2017-08-11 17:30:46   转载\n\n${BODY}`,
    );
    expect(bulletin.publication.title).toBe(TITLE);
  });

  test("a sentence on an upload opening with a date and a time stays the text's", () => {
    const { bulletin } = parseBulletinText(
      `${TITLE}\n\n${BODY}\n2017-08-11 17:30上传的视频显示，全县共受理投诉1200件。`,
    );
    expect(JSON.stringify(bulletin.sections)).toContain("上传的视频显示");
  });

  test("a sentence opening with a date and a time stays the text's", () => {
    const { bulletin } = parseBulletinText(
      `${TITLE}\n\n${BODY}\n2017-08-11 17:30转载的通知已撤回，全县共撤回12件。`,
    );
    expect(JSON.stringify(bulletin.sections)).toContain("转载的通知已撤回");
  });
});
