import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's metadata line that opens with the site's name before the page's date and its 来源
 * (issue 14): `某区人民政府 2025-12-18 14:33:00 来源：区人民政府督查室` gives the date and the
 * publisher, and is no title.
 */

const BODY = "一、基本情况\n本月共受理群众诉求1200件，办结率98%。";

const facts = (text: string) => {
  const b = parseBulletinText(text).bulletin;
  return {
    title: b.publication.title,
    publisher: b.publication.publisher?.name,
    publishedOn: b.issue.publishedOn,
  };
};

describe("a metadata line that opens with the site's name", () => {
  test.each([
    {
      what: "a district government's site, a date and time, a 来源 with an ASCII colon",
      head: "某市某区人民政府 2025-12-18 14:33:00 来源: 区人民政府督查室",
      publisher: "区人民政府督查室",
      publishedOn: "2025-12-18",
    },
    {
      what: "a site ending in 网, a date without its time, a full-width colon",
      head: "某市政务服务网　2024/03/05　来源：市政务服务中心",
      publisher: "市政务服务中心",
      publishedOn: "2024-03-05",
    },
    {
      what: "a bureau's site, a date in 年月日, the name run into the date",
      head: "某县统计局2023年7月9日 来源：县统计局",
      publisher: "县统计局",
      publishedOn: "2023-07-09",
    },
  ])("$what gives the page's date and publisher, no title", ({ head, publisher, publishedOn }) => {
    expect(facts(`${head}\n${BODY}`)).toEqual({ title: undefined, publisher, publishedOn });
  });

  test("a title over such a line stays the title", () => {
    expect(
      facts(
        `2025年11月群众诉求办理情况\n某区人民政府 2025-12-18 14:33:00 来源：区政府办公室\n${BODY}`,
      ),
    ).toEqual({
      title: "2025年11月群众诉求办理情况",
      publisher: "区政府办公室",
      publishedOn: "2025-12-18",
    });
  });

  test("a sentence that names a body before a date is no metadata line", () => {
    const r = facts(
      `2025年11月群众诉求办理情况\n区政府办公室2025年12月18日召开会议，来源：会议纪要。\n${BODY}`,
    );
    expect(r.publishedOn).toBeUndefined();
  });
});
