import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A reporter's credit under a news copy's headline, over the page's date (`某某新聞網記者王小明/某地報導`,
 * `王某某/某某新聞`: session 50's tuning misses): the outlet it names is the publisher, not the whole
 * credit. Every text here is written for the test.
 */

const BODY =
  "某縣民當家熱線啟用半年來，累計話務量達6萬多通，話務員親切的態度與服務效率也贏得縣民讚賞。\n熱線從5月5日正式營運，整合總機與便民專線，以一個號碼提供多項語言的諮詢。";

const read = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;

describe("the outlet a head credit names", () => {
  test.each([
    [
      "an outlet, a reporter, a slash, the place and 報導",
      `縣民肯定熱線1999縣長慰勞話務員\n某某新聞網記者王小明/某地報導\n2009.11.06\n${BODY}`,
      "某某新聞網",
    ],
    [
      "a writer's name, a slash and the outlet",
      `國家某局：2019年全國完成造林1.06億畝\n王某某/某某新聞\n2019-12-31 12:30\n${BODY}`,
      "某某新聞",
    ],
    [
      "simplified characters, a full-width slash",
      `县民肯定热线1999县长慰劳话务员\n某某日报记者 王小明／某地报道\n2009.11.06\n${BODY}`,
      "某某日报",
    ],
  ])("%s", (_, text, outlet) => {
    expect(read(text)).toBe(outlet);
  });
});

describe("near misses", () => {
  test("a credit that names no outlet names no publisher", () => {
    const got = read(`縣民肯定熱線1999縣長慰勞話務員\n記者王小明/某地報導\n2009.11.06\n${BODY}`);
    expect(got ?? "").not.toMatch(/記者|報導/);
  });

  test("an issuer under the title over its date stays the publisher", () => {
    expect(read(`某縣2023年統計公報\n某縣統計局\n2024年3月1日\n${BODY}`)).toBe("某縣統計局");
  });
});
