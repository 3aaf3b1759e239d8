import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's line under its headline naming the outlet and the date, with the byline's slots
 * left empty between them (`新华网 / / 2022-02-02 10:19`: the author's and the editor's, unfilled).
 * The line is the page's: the headline over it is the title, alone, and the date is the page's. A
 * line that fills a slot with words, or prints no outlet, is read as before. Every text here is
 * written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
const HEADLINE = "某市:除夕消防警情较去年下降84%";
const BODY =
  "\n\n新华网某市2月1日电(杨某 隆某)某市消防支队消息,1月31日除夕,全市各级消防共接警21起,较上年除夕下降84%。\n\n春节期间,全市500余名消防队员坚守岗位,出动消防车120辆次。";

describe("an outlet's date line with empty byline slots", () => {
  test.each([
    ["two slots", "新华网 / / 2022-02-02 10:19"],
    ["one slot", "某某日报 / 2022-02-02"],
    ["slots without spaces", "某某新闻网//2022-02-02 10:19"],
    ["full-width slashes", "某某网 ／ ／ 2022-02-02 10:19"],
  ])("(%s) is the page's line", (_, line) => {
    const b = read(`${HEADLINE}\n\n${line}${BODY}`);
    expect(b.publication.title).toBe(HEADLINE.replace(":", "："));
    expect(b.issue.publishedOn).toBe("2022-02-02");
  });

  test("a slot filled with words is no such line", () => {
    const b = read(`${HEADLINE}\n\n新华网 / 记者 王某 / 2022-02-02 10:19${BODY}`);
    expect(b.publication.title).not.toBe(HEADLINE.replace(":", "："));
  });
});
