import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A site's footer line of its address and postcode (`地址：某市某路268号 邮编：467599`), printed at the
 * top of a copy with the rest of the footer (issue 14, a city portal's page of a formerly held-out
 * set), is the page's, not the title: the masthead under it names the bulletin. Every text here is
 * written for the test.
 */

const MASTHEAD =
  "2022年第7期\n（总第262期）\n东林市人民政府办公室 2022年8月2日\n东林市12345热线\n七月份工作简报";
const BODY =
  "七月份，东林市12345热线话务量约1.1万人次，办理本级登记事项4480件。\n一、办理情况\n本级登记事项4480件，办结率100%。";

const read = (line: string) => parsedView(`${line}\n${MASTHEAD}\n${BODY}`, ["title", "text"]);

describe("a site's address and postcode line", () => {
  test.each([
    "地址:东林市丹阳中路268号 邮编:467599",
    "地址：东林县人民路1号  邮政编码：100001",
    "地址：东林市政务服务中心三楼 邮编 467599",
  ])("parseBulletinText: `%s` is the page's, no title", (line) => {
    const got = read(line);
    expect(got.title).toBe("东林市12345热线七月份工作简报");
    expect(got.text).not.toContain("邮");
  });

  test("parseBulletinText: a sentence giving an address and postcode is text (counter-case)", () => {
    const line = "来信请寄地址：东林市人民路1号，邮编：100001。";
    expect(read(line).text).toContain("100001");
  });
});
