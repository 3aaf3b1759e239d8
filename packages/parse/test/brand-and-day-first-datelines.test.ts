import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Two datelines whose outlet's name ends as no paper's, site's or agency's does: an app's or brand's
 * name of four to six characters before 讯, the day opening the first clause right after it
 * (`某某春城讯3月23日，记者从…`), and a name before the day and the place (`某经联播10月11日某市讯（记者 王某）`),
 * the reporter's credit right after 讯. The name is the publisher. A short name before 讯 (a place's,
 * `昆明讯`), a place's name (`某某县讯`), words of time (`今年10月11日某市讯`) and a name with no credit
 * after it name none. Every text here is written for the test.
 */

const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;
const REST =
  "记者从省邮政管理局获悉,1月至2月,全省邮政行业收入达23.15亿元,同比增长8.31%。其中,快递业务收入累计15.55亿元,同比增长6.6%。\n全省邮政行业寄递量累计2.08亿件,同比增长4.57%。";

describe("a brand's dateline and a day-first dateline", () => {
  test.each([
    ["a brand before 讯, the day after it", "掌上山城讯3月23日,", "掌上山城"],
    ["a six-character brand", "指尖上的春城讯3月23日,", "指尖上的春城"],
    ["a name, the day, the place", "中经快播10月11日某某哈尔讯(记者 王明 通讯员 李华)", "中经快播"],
    ["traditional", "掌上山城訊3月23日,", "掌上山城"],
  ])("(%s) names the publisher", (_, dateline, name) => {
    expect(publisherOf(`${dateline}${REST}`)).toBe(name);
  });

  test.each([
    ["a short name, a place's", "昆明讯3月23日,"],
    ["a place's name", "西双版纳州讯3月23日,"],
    ["words of time", "今年10月11日某某哈尔讯(记者 王明)"],
    ["no credit after the place", "中经快播10月11日某某哈尔讯,"],
  ])("a line of another shape (%s) names none", (_, dateline) => {
    expect(publisherOf(`${dateline}${REST}`)).toBeUndefined();
  });
});
