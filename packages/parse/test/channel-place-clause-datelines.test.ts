import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Three more shapes of a news report's dateline that name its outlet: an outlet's day before the
 * place and 讯 (`某某广播电视台2月10日某市讯(记者 王某)`, as 电 has had it), an outlet's channel as part
 * of its name (`某某在线某市频道消息：`), and a brand's name (four to six characters, no outlet's
 * ending) before 讯 with the report's opening clause right after it (`某某之窗讯前8月，`, `… 讯 今年以来，`).
 * A `…网络…` name does not end at its 网. Near-misses name none or keep their older reading: a
 * place's short dateline, a word ending in 讯, a clause of other words after a brand, a channel
 * with no outlet before it. Every text here is written for the test.
 */

const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;
const REST =
  "全市规模以上工业增加值完成106.46亿元,同比增长20.3%,总量居全省第五位。\n全市固定资产投资完成285.38亿元,同比增长61.9%,增速排全省第五位。";

describe("channel, day-before-place and brand-before-clause datelines", () => {
  test.each([
    [
      "a station, its day, the place, 讯",
      "某江网络广播电视台3月12日某城讯(记者 王明)",
      "某江网络广播电视台",
    ],
    ["a paper, its day, the place, 讯", "某城日报5月2日某镇讯(通讯员 李华)", "某城日报"],
    ["a site, its day, the place, 讯 and a colon", "某山新闻网4月9日某市讯:", "某山新闻网"],
    ["an outlet's channel", "某国在线某城频道消息:", "某国在线某城频道"],
    ["a site's channel, traditional", "某某網某城頻道訊(記者 王明)", "某某網某城頻道"],
    ["a brand before 讯, a span of months after", "亮眼某山讯前8月,", "亮眼某山"],
    ["a brand, a space, 今年以来", "指尖某城讯 今年以来,", "指尖某城"],
    ["a brand, 据统计, traditional", "掌上某城訊據統計,", "掌上某城"],
  ])("(%s) names the publisher", (_, dateline, name) => {
    expect(publisherOf(`${dateline}${REST}`)).toBe(name);
  });

  test.each([
    ["a short place's dateline", "昆明讯前8月,"],
    ["a place's name", "西双版纳州讯今年以来,"],
    ["a word ending in 讯", "全市经济快讯今年以来,"],
    ["a brand, then a clause of other words", "亮眼某山讯全市上下一心,"],
    ["a channel alone", "重庆频道消息:"],
    ["words of time before the day", "今年3月12日某城讯(记者 王明)"],
  ])("a line of another shape (%s) names none", (_, dateline) => {
    expect(publisherOf(`${dateline}${REST}`)).toBeUndefined();
  });

  test("a 网 opening 网络 is no end of the name", () => {
    expect(publisherOf(`某江网络广播电视台6月1日电(记者 王明)${REST}`)).toBe("某江网络广播电视台");
  });
});
