import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report's dateline with its day before `报道` (`某某时报4月30日报道（记者王某）`), as before
 * `消息` or `讯`, and one that names three outlets of a group (`某某客户端、某某网、某某报6月8日消息`;
 * issue 14, two news copies of formerly held-out sets): the first outlet is the publisher. Every
 * text here is written for the test.
 */

const REPORT =
  "据省森林防火指挥部消息，1-4月，全省发生森林火灾23起，受害森林面积120公顷，同比下降18.5%。";

const read = (first: string) => {
  const { bulletin } = parseBulletinText(
    `${first}${REPORT}\n4月下旬，全省卫星监测共发现热点59个。`,
  );
  return bulletin.publication.publisher?.name;
};

describe("a dated dateline before 报道, or naming three outlets", () => {
  test.each([
    ["东林时报4月30日报道（记者王某）", "东林时报"],
    ["东林日报4月30日报道 (记者 王某 通讯员 李某) ", "东林日报"],
    ["東林時報4月30日報道(記者 王某)", "東林時報"],
    ["东林客户端、东林网、东林晚报6月8日消息（记者 王某）", "东林客户端"],
    ["東林客戶端、東林網、東林晚報6月8日消息(記者 王某)", "東林客戶端"],
  ])("parseBulletinText: `%s` names the publisher %s", (first, publisher) => {
    expect(read(first)).toBe(publisher);
  });

  test.each([
    // A day's report without an outlet before it.
    "4月30日报道称，",
    // A body, not an outlet, before the day.
    "东林县应急管理局4月30日报道，",
  ])("parseBulletinText: `%s` names no publisher (counter-case)", (first) => {
    expect(read(first)).toBeUndefined();
  });
});

/**
 * A copied report's source labelled in brackets closing its last paragraph (`…主力军。(来源:某某日报)`;
 * issue 14, a portal's copy of a formerly held-out set), an `展开` link perhaps under it: the
 * publisher, an outlet or an office.
 */
describe("a labelled source run on to the last paragraph", () => {
  const TEXT =
    "东林市园区经济保持较快增长\n2017年05月04日\n一季度，全市工业园区完成工业总产值227.5亿元，同比增长12.6%。园区成为拉动经济增长的主力军。";
  const publisherOf = (text: string) =>
    parseBulletinText(text).bulletin.publication.publisher?.name;

  test.each([
    ["(来源:东林日报)", "东林日报"],
    ["（来源：东林市统计局）", "东林市统计局"],
    ["(来源:东林日报)\n展开", "东林日报"],
    ["（稿源：东林新闻网）\n收起", "东林新闻网"],
  ])("parseBulletinText: `%s` names the publisher %s", (credit, publisher) => {
    expect(publisherOf(`${TEXT}${credit}`)).toBe(publisher);
  });

  test.each([
    // Words in brackets that name no body.
    "（来源：网络）",
    // A source named inside a sentence, not closing the paragraph.
    "（来源：东林日报）据悉，园区还将新增企业12户",
  ])("parseBulletinText: `%s` names no publisher (counter-case)", (credit) => {
    expect(publisherOf(`${TEXT}${credit}`)).toBeUndefined();
  });
});
