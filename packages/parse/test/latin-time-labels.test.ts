import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A page's metadata line naming when the page went up under a content system's Latin label
 * (`PostTime:`, `AddTime：`, `UpdateTime:`, `PublishTime:`), its fields parted by slashes set off by
 * spaces (`文章来源:某某网 / PostTime:2014-1-27 / 点击:106`): the date is the page's, and the source
 * ends before the slash. Near-miss: a slash between two outlets' names (`某某网/某某报`, one value).
 * Every text here is written for the test.
 */

const HEADLINE = "某省2013年发生各类生产安全事故3542起";
const BODY =
  "\n\n记者从某省安监局获悉，全省2013年共发生各类生产安全事故3542起，同比减少104起。\n\n全省2013年发生较大事故39起，同比减少1起。";

const read = (line: string) =>
  parsedView(`${HEADLINE}\n\n${line}${BODY}`, ["title", "publisher", "publishedOn"]);

describe("a content system's Latin date label on the page's line", () => {
  test.each([
    {
      what: "PostTime between slashes, a counter after",
      line: "文章来源:某某信息网 / PostTime:2014-1-27 / 点击:106",
      expected: { publisher: "某某信息网", publishedOn: "2014-01-27" },
    },
    {
      what: "AddTime with a full-width colon and a clock",
      line: "来源：某某日报 / AddTime：2014-01-27 08:30",
      expected: { publisher: "某某日报", publishedOn: "2014-01-27" },
    },
    {
      what: "UpdateTime, no slash",
      line: "来源:某市统计局 UpdateTime:2014/1/27",
      expected: { publisher: "某市统计局", publishedOn: "2014-01-27" },
    },
  ])("parseBulletinText: $what", ({ line, expected }) => {
    const got = read(line);
    expect({ publisher: got.publisher, publishedOn: got.publishedOn }).toEqual(expected);
    expect(got.title).toBe(HEADLINE);
  });

  test("parseBulletinText: a slash between two outlets stays in the source", () => {
    expect(read("来源：某某网/某某报 发布时间：2014-01-27").publisher).toBe("某某网/某某报");
  });
});
