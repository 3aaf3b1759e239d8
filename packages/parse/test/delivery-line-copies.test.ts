import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report delivered at a meeting, its delivery line (`——2024年6月25日在某市人大常委会第九次会议上`) as
 * copies print it: without its dash (`2024年6月25日在…会议上`, the line opening the text) or broken over
 * two lines (`——2024年6月25日在某市某区第三届` / `人民代表大会常务委员会第九次会议上`). The date is the
 * report's and the speaker's office under it (`某市审计局局长 王某`) its issuer. A headline that goes
 * on after the meeting, or a first part that the next line does not close as a meeting, is read as
 * before. Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
const SPEAKER = "某市审计局局长 王某某";
const BODY =
  "主任、各位副主任、各位委员：\n受市政府委托，我向市人大常委会报告2023年度市级预算执行和其他财政收支的审计情况，请予审议。\n一、市级预算执行审计情况\n全年审计项目45个，查出问题金额3.2亿元。";

describe("a delivery line without its dash", () => {
  test.each([
    ["digits", "2024年6月25日在市十七届人大常委会第九次会议上"],
    ["spaced digits", "2024 年 6 月 25 日在市十七届人大常委会第九次会议上"],
  ])("(%s) dates the report and opens the speaker's line", (_, line) => {
    const b = read(`${line}\n${SPEAKER}\n${BODY}`);
    expect(b.issue.publishedOn).toBe("2024-06-25");
    expect(b.publication.publisher?.name).toBe("某市审计局");
    expect(b.publication.title).toBeUndefined();
  });

  test("a headline that goes on after the meeting is no delivery line", () => {
    const b = read(`2024年6月25日在全市审计工作会议上的讲话\n${BODY}`);
    expect(b.publication.title).toBe("2024年6月25日在全市审计工作会议上的讲话");
  });
});

describe("a delivery line broken over two", () => {
  const TITLE = "关于某市2023年度市级预算执行\n和其他财政收支的审计工作报告";
  test.each([
    ["a dash", "——2024年6月25日在某市某区第三届\n人民代表大会常务委员会第九次会议上"],
    ["a hyphen", "-2024年6月25日在某市\n第十七届人大常委会第九次会议上"],
  ])("(%s) dates the report", (_, lines) => {
    const b = read(`${TITLE}\n${lines}\n${SPEAKER}\n${BODY}`);
    expect(b.issue.publishedOn).toBe("2024-06-25");
    expect(b.publication.publisher?.name).toBe("某市审计局");
  });

  test("a first part the next line does not close is no delivery line", () => {
    const b = read(
      `${TITLE}\n——2024年6月25日在某市某区第三届\n人民代表大会常务委员会听取\n${BODY}`,
    );
    expect(b.issue.publishedOn).toBeUndefined();
  });
});
