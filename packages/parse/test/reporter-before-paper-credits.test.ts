import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copied news report's last line that credits its reporter, then the paper in brackets
 * (`记者王某报道 (某某日报)`, `记者 王某 (某某晚报)`), right under the last paragraph: the paper is the
 * publisher when nothing else names one. A reporter's credit without a paper names none, and a
 * paper's name inside a sentence is no credit. Written for the rule (formerly held-out-29's 昆明
 * 五一 item, `记者杜仲莹报道 (昆明日报)`); the texts are invented.
 */

const TEXT =
  "“五一”假期某市市长热线拨打量3813个\n\n  昨日，记者从市长热线办公室获悉，“五一”小长假期间，市长热线的拨打量为3813个，接通率为93.69%。\n\n  假期中，热线共受理来电约30余件，工作人员接电后已及时联系城管部门处理。";
const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;

describe("a reporter's credit closed by the paper in brackets", () => {
  test.each([
    ["记者王某某报道 (某某日报)", "某某日报"],
    ["记者 王某 报道（某某晚报）", "某某晚报"],
    ["記者王某報道 (某某日報)", "某某日報"],
    ["记者王某 (某某新闻网)", "某某新闻网"],
  ])("parseBulletinText: `%s` under the last paragraph names %s", (credit, paper) => {
    expect(publisherOf(`${TEXT}\n\n  ${credit}`)).toBe(paper);
  });

  test.each([
    ["a reporter's credit without a paper", "记者王某某报道"],
    ["a sentence naming a paper", "记者王某某报道，详见某某日报。"],
  ])("parseBulletinText: %s names no publisher (counter-case)", (_, line) => {
    expect(publisherOf(`${TEXT}\n\n  ${line}`)).toBeUndefined();
  });
});
