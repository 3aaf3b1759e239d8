import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `⑴日常巡查“管”。制定…。⑵随机抽查“管”。在…。⑶…`: points numbered with enclosed numerals (`⑴`, `①`,
 * `⒈`) that a copy ran into one paragraph, each after the `。` closing the point before it: each
 * starts an item of its own, its run-in title the first sentence, the first too when it opens the
 * text. Every text here is written for the test.
 */

const TITLE = "某区医保局工作简报\n";

const items = (body: string): (string | undefined)[] =>
  parseBulletinText(`${TITLE}${body}`).bulletin.sections.flatMap((s) =>
    s.items.map((i) => i.title),
  );

describe("enclosed numerals run into one paragraph", () => {
  test.each([
    [
      "⑴日常巡查“管”。制定巡查方案，坚持对定点机构每季度巡查1次，发现问题6个。⑵随机抽查“管”。在系统中随机抽查住院病历150份，发现违规病历12例。⑶智能监控“管”。通过智能监控系统审核扣款8.2万元。",
      ["日常巡查“管”", "随机抽查“管”", "智能监控“管”"],
    ],
    [
      "①强化源头管控。全区共排查企业120家。②加强执法检查。立案查处案件15起，罚没款32万元。",
      ["强化源头管控", "加强执法检查"],
    ],
  ])("`%s` has the items %j", (body, expected) => {
    expect(items(body)).toEqual(expect.arrayContaining(expected));
  });

  // Near-misses: an enclosed numeral whose predecessor the line does not hold, or one after a
  // clause's `；`, starts no item.
  test.each([
    ["全区共排查企业120家。②加强执法检查。立案查处案件15起，罚没款32万元。", "加强执法检查"],
    ["主要问题有：①台账不全；②整改不及时。下一步将加强督查。", "整改不及时"],
  ])("`%s` has no item `%s`", (body, wrong) => {
    expect(items(body)).not.toContain(wrong);
  });
});
