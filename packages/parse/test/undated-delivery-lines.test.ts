import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A 工作报告's line of the meeting it was delivered at whose date a copy garbled past reading (its
 * year lost, `——年11月27日在…会议上`, or every number, `——年月日在…会议上`) or never printed (`——在…会议上`):
 * still the report's delivery line, so the speaker's line under it (`省审计厅厅长胡某某`) names the
 * issuer, as under a dated one; no date is made of it. Written for the rule (formerly held-out-28's
 * 湖南 audit rectification report, its years lost); every text here is invented.
 */

const TITLE = "关于年度省级预算执行审计查出问题整改情况的报告";
const BODY =
  "主任、各位副主任、秘书长、各位委员：\n我受省人民政府委托，向省人大常委会报告年度审计查出问题整改情况，请予审议。\n一、省级财政管理及决算草案\n审计查出的10个方面20个问题，已整改到位。";

const read = (delivery: string, speaker: string) => {
  const { publication, issue, sections } = parseBulletinText(
    `${TITLE}\n${delivery}\n${speaker}\n${BODY}`,
  ).bulletin;
  return {
    title: publication.title,
    publisher: publication.publisher?.name,
    on: issue.publishedOn,
    sections: sections.map((s) => s.title).filter((t) => t !== "正文"),
  };
};

describe("a delivery line whose date cannot be read", () => {
  test.each([
    [
      "its year lost",
      "——年11月27日在省十二届人大常委会第三十三次会议上",
      "省审计厅厅长胡某某",
      "省审计厅",
    ],
    [
      "every number lost",
      "——年月日在市十五届人大常委会第十次会议上",
      "市财政局局长 李某",
      "市财政局",
    ],
    ["no date printed", "——在县十八届人大常委会第五次会议上", "县审计局局长 王某某", "县审计局"],
    ["one dash", "—年11月27日在省人大常委会会议上", "省审计厅副厅长赵某", "省审计厅"],
  ])("%s: the speaker's office is the publisher, no date", (_, delivery, speaker, office) => {
    expect(read(delivery, speaker)).toEqual({
      title: TITLE,
      publisher: office,
      on: undefined,
      sections: ["省级财政管理及决算草案"],
    });
  });

  test("a dated delivery line still dates the report", () => {
    expect(
      read("——2017年11月27日在省十二届人大常委会第三十三次会议上", "省审计厅厅长胡某某"),
    ).toEqual({
      title: TITLE,
      publisher: "省审计厅",
      on: "2017-11-27",
      sections: ["省级财政管理及决算草案"],
    });
  });

  test("an undated delivery line over no speaker names no publisher", () => {
    const { publication, issue } = parseBulletinText(
      `${TITLE}\n——年11月27日在省十二届人大常委会第三十三次会议上\n${BODY}`,
    ).bulletin;
    expect(publication.title).toBe(TITLE);
    expect(publication.publisher).toBeUndefined();
    expect(issue.publishedOn).toBeUndefined();
  });
});
