import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copied news report's closing credit naming the outlet it came from, in brackets run on to its
 * last paragraph after the sentence (`…流通更加高效顺畅。(央视新闻)`, `…。（新华社）`, `…。（某某日报）`):
 * the outlet is the publisher, when nothing above names one. An outlet's name ends as one does (`日报`,
 * `网`, `社`…) or is a news brand (`某某新闻`); brackets closing a sentence's words (`（完）`,
 * `（资料图）`, `（记者 王某）`) name none. Written for the rule (formerly held-out-35's national 县域商业 item,
 * whose closing `(央视新闻)` was lost); every text here is invented.
 */

const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;
const REPORT =
  "某地商业体系建设取得成效\n今天下午，某部举行新闻发布会，介绍有关情况。\n一是持续完善商业网络。改造县城综合商贸服务中心983个。\n二是提升流通效能。新增冷库库容96万吨，流通更加高效顺畅。";

describe("an outlet's credit run on to the last paragraph", () => {
  test.each([
    ["(央视新闻)", "央视新闻"],
    ["（新华社）", "新华社"],
    ["（某某日报）", "某某日报"],
    ["（某某新聞網）", "某某新聞網"],
  ])("parseBulletinText: `…顺畅。%s` names %s", (credit, outlet) => {
    expect(publisherOf(`${REPORT}${credit}`)).toBe(outlet);
  });

  test.each(["（完）", "（资料图）", "（记者 王某）", "（下转第2版）", "（图片新闻）"])(
    "parseBulletinText: `…顺畅。%s` names no outlet",
    (credit) => {
      expect(publisherOf(`${REPORT}${credit}`)).toBeUndefined();
    },
  );

  test("parseBulletinText: brackets inside the sentence, before its end, name no outlet", () => {
    expect(publisherOf(`${REPORT.slice(0, -1)}（新华社）。`)).toBeUndefined();
  });
});
