import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A reprint site's line over a copied report: its address written as a bare domain (no `http://`,
 * no `www.`: `Law-lib.com`, `example.com.cn`), the page's date and clock time, then the outlet the
 * copy came from, perhaps the outlet's account on a network (`新華社微博`, `某某日报微信`): the
 * outlet is the publisher and the date the issue's, as after a portal's full address. A person's
 * name after the date, or a domain that is no address (`v2.0`), names none. Written for the rule
 * (formerly held-out-28's 新华社 copy on a law library's page); every text here is invented.
 */

const BODY =
  "農村假冒偽劣食品整治成效如何?記者21日從某局新聞發布會獲悉,截至2020年底,全國監督檢查農村地區食品生產經營主體509萬戶次。(記者某某)";

const read = (line: string) => {
  const { publication, issue } = parseBulletinText(`${line}\n${BODY}`).bulletin;
  return { publisher: publication.publisher?.name, on: issue.publishedOn };
};

describe("a bare domain, the page's date and the outlet", () => {
  test.each([
    ["Law-lib.com 2021-4-21 14:23:00 新華社微博", "新華社微博"],
    ["example.com.cn 2021-04-21 14:23 某某日报", "某某日报"],
    ["news.example.net 2021年04月21日 14:23 某某网", "某某网"],
    ["Example.org 2021-4-21 14:23:00 某某日报微信", "某某日报微信"],
  ])("`%s`: the outlet publishes, on the page's date", (line, publisher) => {
    expect(read(line)).toEqual({ publisher, on: "2021-04-21" });
  });

  test.each([
    ["a person after the date", "Law-lib.com 2021-4-21 14:23:00 张某某"],
    ["a version number, no address", "v2.0 2021-4-21 14:23:00 某某日报"],
  ])("%s names no publisher", (_, line) => {
    expect(read(line).publisher).toBeUndefined();
  });
});
