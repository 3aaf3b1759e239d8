import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An issuer's name printed in traditional characters over a release's date line reads as its
 * simplified form does: `…總隊`, `…廳`, `…辦`, `…處`, `…會`, `…組`, `…館` end an office's name as
 * `…总队`, `…厅`, `…办`, `…处`, `…会`, `…组`, `…馆` do, so the line names the publisher and is no
 * title; of two bodies on the line (a joint release's signers), the first is the publisher
 * (joint-issuers-on-one-line.test.ts). A headline in traditional characters (a 公報, a 報告) stays
 * the title. Every text here is written for the test.
 */

const release = (first: string) =>
  `${first}\n2024年4月29日\n2023年是開局之年，全區生產總值5314.95億元，比上年增長6.6%。\n一、綜合\n全年全區生產總值5314.95億元。`;

describe("an issuer's name in traditional characters", () => {
  test.each([
    ["某省統計局 國家統計局某省調查總隊", "某省統計局"],
    ["某省統計局 国家统计局某省调查总队", "某省統計局"],
    ["某省農業農村廳", "某省農業農村廳"],
    ["某省人民政府辦公廳", "某省人民政府辦公廳"],
    ["某市水務局 某市農業農村委員會", "某市水務局"],
    ["某省林業和草原局 某省森林公安總隊", "某省林業和草原局"],
    ["某省博物館", "某省博物館"],
    ["某市消防救援支隊", "某市消防救援支隊"],
  ])("`%s` names the publisher, no title", (first, publisher) => {
    const { bulletin } = parseBulletinText(release(first));
    expect(bulletin.publication.title).toBeUndefined();
    expect(bulletin.publication.publisher?.name).toBe(publisher);
  });

  test.each([
    ["某省2023年國民經濟和社會發展統計公報"],
    ["某省政協常委會工作報告"],
    ["某省召開2024年水利工作會議"],
  ])("the headline `%s` stays the title", (first) => {
    const { bulletin } = parseBulletinText(release(first));
    expect(bulletin.publication.title).toBe(first);
    expect(bulletin.publication.publisher).toBeUndefined();
  });
});
