import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A text with no title over it (no masthead, no page title, no headline on its first line) whose
 * heading names a report and the span it covers in brackets (`某某热线群众诉求办理情况周报（2022年6月25日—
 * 7月1日）`, the span perhaps on the line under the name): that heading is the report's title, as a
 * page that opens with another part (`热线反映` and its points) prints it. Every text here is
 * written for the test.
 */

const teaser =
  "热线反映\n1、某村村民反映，村里经常停水，希望调查回复。\n2、市民反映，某隧道旁停车场的大车漏水漏泥沙，污染路面。希望整治。\n以上反映，市长公开电话办公室已分别转交相关单位办理。";
const parts =
  "受理\n本周受理群众有效诉求7698件，较上周下降7.6%。\n办理\n通过热线直接答复5319件，转办2379件。";

const title = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a report's name and its bracketed span as a heading of an untitled text", () => {
  test.each([
    [
      "某某市长热线群众诉求办理情况周报\n（2022年6月25日—7月1日）",
      "某某市长热线群众诉求办理情况周报（2022年6月25日—7月1日）",
    ],
    ["某某热线工单办理情况月报(2023年5月)", "某某热线工单办理情况月报（2023年5月）"],
    [
      "某区12345热线运行情况通报\n（2021年第二季度）",
      "某区12345热线运行情况通报（2021年第二季度）",
    ],
  ])("parseBulletinText: `%s` is the title", (heading, expected) => {
    expect(title(`${teaser}\n${heading}\n${parts}`)).toBe(expected);
  });

  test.each([
    // A heading naming a part, not a report.
    "重点诉求情况\n（2022年6月25日—7月1日）",
    // A report's name without its span.
    "某某市长热线群众诉求办理情况周报",
  ])("parseBulletinText: `%s` is no title (counter-case)", (heading) => {
    expect(title(`${teaser}\n${heading}\n${parts}`)).toBeUndefined();
  });

  test("parseBulletinText: a text with a headline over it keeps that headline (counter-case)", () => {
    const text = `某市热线本周受理群众诉求7698件\n\n本周，某市热线受理群众有效诉求7698件。\n${teaser}\n某某热线工单办理情况月报(2023年5月)\n${parts}`;
    expect(title(text)).toBe("某市热线本周受理群众诉求7698件");
  });
});
