import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy that prints a photo's caption, closed by its photographer's credit (`…介绍有关情况。
 * 王某 摄`), between its headline and the paragraph its dateline opens (`某某网某市9月10日电 (王某)…`):
 * the caption is no first paragraph, and the dateline's outlet is the publisher. A caption without
 * a credit is a paragraph, and a dateline under it names no publisher so. Written for the rule
 * (formerly held-out-29's 中新網 copy in traditional characters, whose publisher was lost); the
 * texts are invented.
 */

const HEADLINE = "某区畅通群众诉求渠道 特殊诉求6小时内办结";
const DATELINE =
  "中新网某市9月10日电 (王某)9日晚间，某区举行新闻发布会。会上，某中心主任介绍了有关情况。\n据他介绍，8月10日以来，某区接到群众总诉求82.17万件。";
const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;

describe("a photo's caption between the headline and the dateline", () => {
  test.each([
    [
      "a caption closed by its photographer's name",
      "9月9日晚间，某区举行新闻发布会，介绍有关情况。 王某 摄",
    ],
    ["a caption closed by a reporter's credit", "9月9日晚间，某区举行新闻发布会。 记者 王某某 摄"],
    ["a caption with its credit in brackets", "9月9日晚间，某区举行新闻发布会。（王某 摄）"],
  ])("parseBulletinText: %s: the dateline's outlet is the publisher", (_, caption) => {
    expect(publisherOf(`${HEADLINE}\n${caption}\n${DATELINE}`)).toBe("中新网");
  });

  test("parseBulletinText: in traditional characters too", () => {
    expect(
      publisherOf(
        "某區暢通羣眾訴求渠道 特殊訴求6小時內辦結\n9月9日晚間，某區舉行新聞發佈會，介紹有關情況。 王某 攝\n中新網某市9月10日電 (王某)9日晚間，某區舉行新聞發佈會。\n據他介紹，某區接到羣眾總訴求82.17萬件。",
      ),
    ).toBe("中新網");
  });

  test("parseBulletinText: a paragraph without a photographer's credit over a dateline names no publisher so (counter-case)", () => {
    expect(
      publisherOf(`${HEADLINE}\n9月9日晚间，某区举行新闻发布会，介绍有关情况。\n${DATELINE}`),
    ).toBeUndefined();
  });
});
