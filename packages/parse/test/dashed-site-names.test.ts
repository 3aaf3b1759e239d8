import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's `<title>` printed over its text with the site's name after a pair of dashes
 * (`市长热线年受理来电13万 ——中国某某网`, `…同比下降5% —— 某某新闻网`): the headline is what comes before
 * the dashes. A subtitle after the dashes (`——记某某中心`, `——2023年工作综述`) is no site's name and
 * stays. Every text here is written for the test.
 */

const BODY =
  "\n\n2011-01-31 14:20:57 来源:某某晚报\n\n  某某网消息 记者日前从市长公开电话受理中心获悉,该中心去年共受理群众来话13.15万件,办结率100%,群众满意率95%。\n\n  该中心及时解决群众反映的各类问题2600余件。";

const title = (head: string) => parseBulletinText(`${head}${BODY}`).bulletin.publication.title;

describe("a site's name after a pair of dashes closing a page's title", () => {
  test.each([
    ["市长热线年受理来电13万 ——中国某某网", "市长热线年受理来电13万"],
    ["全市信访总量同比下降5% —— 某某新闻网", "全市信访总量同比下降5%"],
    ["市长热线年受理来电13万——某某網", "市长热线年受理来电13万"],
  ])("parseBulletinText: `%s` is titled `%s`", (head, expected) => {
    expect(title(head)).toBe(expected);
  });

  test.each([
    ["市长热线年受理来电13万——记市长公开电话受理中心"],
    ["市长热线年受理来电13万——2010年工作综述"],
  ])("parseBulletinText: `%s` keeps its subtitle (counter-case)", (head) => {
    expect(title(head)).toBe(head);
  });
});
