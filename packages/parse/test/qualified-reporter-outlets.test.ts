import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Reporters' credits and bylines in two more shapes than `reporter-credits.test.ts` and
 * `byline-outlets.test.ts` read: the reporter's role qualified (`全媒体记者`, `融媒体记者`, `首席记者`,
 * `见习记者`), a byline opened by a box (`□四川日报全媒体记者 杨艺茂`), and an outlet named `…新闻`
 * (`长江云新闻记者`, `上游新闻记者`: an app's or a site's news brand). The outlet is the report's when
 * nothing else names one. Written for the rule (the corpus's byline is the first; its credit, `（长江云新闻记者 …）`,
 * closes a graphic whose captions the repair joins, and is read only under a sentence).
 */

const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;
const HEADLINE = "知名景区、夜游产品持续火爆";
const BODY =
  "10月3日，全省各地文旅市场持续火爆。当天全省纳入统计的857家A级旅游景区共接待游客600.87万人次，实现门票收入7572.08万元。";

describe("a byline under the headline", () => {
  test.each([
    { byline: "□四川日报全媒体记者 杨艺茂", outlet: "四川日报" },
    { byline: "某某晚报融媒体记者 王某 通讯员 李某", outlet: "某某晚报" },
    { byline: "■某某日报首席记者 王某", outlet: "某某日报" },
    { byline: "上游新闻记者 王某", outlet: "上游新闻" },
  ])("parseBulletinText: `$byline` names $outlet", ({ byline, outlet }) => {
    expect(publisherOf(`${HEADLINE}\n\n${byline}\n\n${BODY}`)).toBe(outlet);
  });
});

describe("a credit closing the last paragraph", () => {
  test.each([
    { credit: "\n(某某云新闻记者 徐某某 通讯员 胡某某)", outlet: "某某云新闻" },
    { credit: "（某某日报全媒体记者 王某）", outlet: "某某日报" },
    { credit: "（某某新闻网见习记者 王某）", outlet: "某某新闻网" },
  ])("parseBulletinText: `$credit` names $outlet", ({ credit, outlet }) => {
    expect(publisherOf(`${BODY}${credit}`)).toBe(outlet);
  });
});

describe("credits that name no outlet (counter-cases)", () => {
  test.each([
    "（本报全媒体记者 王某）",
    "（全媒体记者 王某）",
    "（新闻记者 王某）",
    "（首席记者 王某 通讯员 李某）",
  ])("parseBulletinText: `%s` names none", (credit) => {
    expect(publisherOf(`${BODY}${credit}`)).toBeUndefined();
  });
});
