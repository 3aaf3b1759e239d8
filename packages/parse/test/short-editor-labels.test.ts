import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's metadata line that prints the editor under the short label `责编` after the source
 * and the page's date and time (`来源: 某某网-某某日报 2026-01-13 04:00:53 责编: 王某`): the label ends
 * the 来源 value, whose name is the publisher and whose date the publication date. A source that
 * names no editor reads as before. Written for the rule (formerly held-out-36's newspaper page of a
 * hotline survey); the texts are invented.
 */

const head = (meta: string) => {
  const { bulletin } = parseBulletinText(
    `某市12345热线上半年受理群众诉求71.6万件\n${meta}\n8月8日，记者从市长公开电话受理中心获悉，上半年全市12345热线共受理群众诉求716535件，同比下降8.32%。`,
  );
  return [bulletin.publication.publisher?.name, bulletin.issue.publishedOn];
};

describe("a 来源 value closed by an editor's short label", () => {
  test.each([
    [
      "来源: 某某新闻网-某某日报 2026-01-13 04:00:53 责编: 王某",
      "某某新闻网-某某日报",
      "2026-01-13",
    ],
    ["来源：某某日报 2025-07-02 08:15 责编：李某某", "某某日报", "2025-07-02"],
    ["來源：某某日報 2025-07-02 08:15 責編：李某某", "某某日報", "2025-07-02"],
    ["来源：某某日报 责编：李某某 发布时间：2025-07-02", "某某日报", "2025-07-02"],
  ])("parseBulletinText: `%s` names %s on %s", (meta, publisher, date) => {
    expect(head(meta)).toEqual([publisher, date]);
  });

  test("parseBulletinText: a source without an editor reads as before (counter-case)", () => {
    expect(head("来源：某某日报 2025-07-02 08:15")).toEqual(["某某日报", "2025-07-02"]);
  });
});
