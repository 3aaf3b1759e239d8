import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A ministry's page signed in its 作者 field by one of the ministry's departments (`作者:政策法规司`,
 * the page's date perhaps glued on after it): the department is the page's publisher. A person's
 * name there is none. Every text here is written for the test.
 */

const HEADLINE = "2022年度全国某某主管部门基本情况摘要";
const BODY =
  "\n\n一、机构情况\n\n截至2022年底，全国共有各级某某主管部门3239个。其中，中央级1个，省级31个。";

const read = (line: string) =>
  parsedView(`${HEADLINE}\n\n${line}${BODY}`, ["publisher", "publishedOn"]);

describe("a ministry's department as the page's author", () => {
  test.each([
    { what: "the date glued on", line: "作者:某某法规司2023-08-29", name: "某某法规司" },
    {
      what: "a full-width colon and a space before the date",
      line: "作者：综合规划司 2023-08-29",
      name: "综合规划司",
    },
  ])("parseBulletinText: $what", ({ line, name }) => {
    expect(read(line)).toEqual({ publisher: name, publishedOn: "2023-08-29" });
  });

  test("parseBulletinText: a person's name is no publisher", () => {
    expect(read("作者：王某某 2023-08-29").publisher).toBeUndefined();
  });
});
