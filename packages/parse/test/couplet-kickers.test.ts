import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news headline printed under its kicker (引题) set as a couplet, two short phrases parted by a
 * space (`百姓烦心事 一键解忧愁` / `某省12345热线九年受理诉求超五千万件`), over the first paragraph: kicker and
 * main line are one headline, the title. A first line of one phrase is a headline of its own (its
 * second line a sub-headline read as before), and a couplet over a sentence is no kicker. Written
 * for the rule (formerly held-out-29's nine-year review in traditional characters, whose title was
 * read as its kicker); the headlines are invented.
 */

const BODY =
  "“您好，很高兴为您服务，请问有什么可以帮您？”走进某省12345热线大厅，耳边便传来此起彼伏的接听声。\n据统计，从2016年至2024年，某省12345热线共受理诉求5159.14万件。";
const titleOf = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a couplet kicker over the main headline", () => {
  test.each([
    ["百姓烦心事 一键解忧愁", "某省12345热线九年受理诉求超五千万件"],
    ["百姓煩心事 一鍵解憂愁", "某省12345熱線九年受理訴求超五千萬件"],
    ["小热线 大民生", "某市12345热线全年受理诉求120万件"],
    // A converter's reading in the kicker (`憂(yōu)愁`), which the repair drops.
    ["百姓煩心事 一鍵解憂(yōu)愁", "某省12345熱線九年受理訴求超五千萬件"],
  ])("parseBulletinText: `%s` over `%s` is one headline", (kicker, main) => {
    expect(titleOf(`${kicker}\n${main}\n${BODY}`)).toBe(
      `${kicker.replace(" ", "").replace("(yōu)", "")}${main}`,
    );
  });

  test("parseBulletinText: a first line of one phrase is not joined to the line under it (counter-case)", () => {
    expect(titleOf(`百姓烦心事一键解忧愁\n某省12345热线九年受理诉求超五千万件\n${BODY}`)).not.toBe(
      "百姓烦心事一键解忧愁某省12345热线九年受理诉求超五千万件",
    );
  });

  test("parseBulletinText: two phrases of unlike lengths are no couplet (counter-case)", () => {
    expect(
      titleOf(`百姓事 一键解忧愁的好热线\n某省12345热线九年受理诉求超五千万件\n${BODY}`),
    ).not.toBe("百姓事一键解忧愁的好热线某省12345热线九年受理诉求超五千万件");
  });

  test("parseBulletinText: a couplet over a paragraph is the headline alone (counter-case)", () => {
    expect(titleOf(`百姓烦心事 一键解忧愁\n${BODY}`)).toBe("百姓烦心事一键解忧愁");
  });
});
