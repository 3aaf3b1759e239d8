import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A notice numbered in its series by 第N号 rather than 第N期: in its title after the notice's word
 * (`某某旅游信息通报（第三号）`, `某某通告(第12号)`), before it with a word of its kind between
 * (`省防指发布第15号汛情通告`), or in a line wholly in brackets under its title (`（市纪委“护航行动”
 * 通报第二号）`): that number is the issue's. Near-misses: numbers of other things (`国务院令第711号`,
 * `第0535号建议`, `第087号提案`, `第9号台风`), a notice's number in running text. Written for held-out-184's,
 * -174's and -109's notices; every text is invented.
 */

const numberOf = (text: string) => parseBulletinText(text).bulletin.issue.number;
const body = "7月21日15时，某河干流某站水位29.35米，超警戒水位2.21米。";

describe("a notice's number in its series", () => {
  test.each([
    [`某市发布第15号汛情通告\n${body}`, 15],
    [`某省假日办发布国庆节假日旅游信息通报（第三号）\n${body}`, 3],
    [`某縣防汛抗旱指揮部汛情通報(第12號)\n${body}`, 12],
    [`关于某区禁燃禁放的公告（第2号）\n${body}`, 2],
    [`关于暗访发现的3起窗口工作人员作风问题的通报\n（市纪委“护航行动”通报第二号）\n${body}`, 2],
  ])("parseBulletinText: `%s` is number %i", (text, number) => {
    expect(numberOf(text)).toBe(number);
  });

  test.each([
    [`关于市五届人大二次会议第0535号建议办理情况的复函\n${body}`],
    [`某区政务服务办公室关于区政协第087号提案办理情况的复函\n${body}`],
    [`第9号台风“利奇马”对我市造成严重影响\n${body}`],
    [`某市政府信息公开年度报告\n根据《政府信息公开条例》（国务院令第711号），编制本报告。`],
    [`某省防汛工作动态\n7月29日，某省防汛抗旱指挥部发布第23号汛情通告。`],
  ])("parseBulletinText: `%s` has no number", (text) => {
    expect(numberOf(text)).toBeUndefined();
  });
});
