import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's byline under its headline that names the reporters' paper (`某某日报记者 林某 通讯员
 * 洪某`), the head's form of the closing credit `（某某日报记者 林某…）` (issue 15, formerly held-out-14):
 * the paper, site or agency before 记者 is the report's outlet when nothing else names one.
 * `本报记者`, a kind of outlet alone and a byline of people name none. Examples written for the rule.
 */

const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;
const HEADLINE = "前两月全市外贸进出口增长20%";
const BODY =
  "昨日，记者从海关获悉，前两月，全市外贸进出口总值447.6亿元，同比增长20.0%。其中，出口344.1亿元，同比增长15.1%。";

describe("a byline under the headline naming the reporters' paper", () => {
  test.each([
    { byline: "某某日报记者 林某某 通讯员 洪某", outlet: "某某日报" },
    { byline: "新华社记者 王某 李某", outlet: "新华社" },
    { byline: "某某日報記者 王某", outlet: "某某日報" },
    { byline: "某某晚报驻某市记者 王某", outlet: "某某晚报" },
  ])("parseBulletinText: `$byline` names $outlet", ({ byline, outlet }) => {
    expect(publisherOf(`${HEADLINE}\n${byline}\n${BODY}`)).toBe(outlet);
  });

  test.each([
    { byline: "本报记者 王某 通讯员 李某" },
    { byline: "记者 王某 通讯员 李某" },
    { byline: "时报记者 王某" },
  ])("parseBulletinText: `$byline` names no outlet", ({ byline }) => {
    expect(publisherOf(`${HEADLINE}\n${byline}\n${BODY}`)).toBeUndefined();
  });

  test("parseBulletinText: a 来源 line names the outlet before a byline does", () => {
    const page = `${HEADLINE}\n来源：某某网\n某某日报记者 林某某\n${BODY}`;
    expect(publisherOf(page)).toBe("某某网");
  });
});
