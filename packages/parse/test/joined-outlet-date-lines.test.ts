import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's line naming its outlet as a paper and the app's channel that carries it, joined by a
 * middle dot, then the page's date (`某州日报·ZAKER某州 2023-02-16`): the page's line, over the
 * headline, which is the title; the outlet is the publisher and the date the issue's. A headline
 * holding a dot and a date stays. Every text is written for the test.
 */

const headline = "2022年全省各级红十字会筹集各类人道款物3.2亿元";
const body =
  "2022年，全省各级红十字会筹集各类人道事业发展款物3.2亿元，其中接受社会捐赠款物1.6亿元。这是记者从省红十字会获悉的。\n据悉，全省各级红十字会累计投入人道救助款物6200余万元。";

describe("an outlet of two names joined by a dot, and the page's date", () => {
  test.each([
    ["某州日报·ZAKER某州 2023-02-16", "某州日报·ZAKER某州"],
    ["某州晚报·某州新闻网 2023-02-16 10:05", "某州晚报·某州新闻网"],
  ])("parseBulletinText: `%s` over the headline", (line, outlet) => {
    const { bulletin } = parseBulletinText(`${line}\n${headline}\n${body}`);
    expect(bulletin.publication.title).toBe(headline);
    expect(bulletin.publication.publisher?.name).toBe(outlet);
    expect(bulletin.issue.publishedOn).toBe("2023-02-16");
  });
});

describe("lines that stay", () => {
  test("parseBulletinText: a headline naming two places with a dot is the title", () => {
    const line = "某州·某县2023年春季植树活动启动";
    expect(parseBulletinText(`${line}\n${body}`).bulletin.publication.title).toBe(line);
  });
});
