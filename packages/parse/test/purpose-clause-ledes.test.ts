import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A flattened news page whose headline runs on into a first paragraph that opens with the clause of
 * its purpose (`市住建委开展建筑工程大检查 为进一步加强…管理工作,切实消除…隐患,…。`): the words before
 * the first space are the headline, the title, as before a lede that opens with its day. A
 * paragraph's words set apart by a space (`为进一步 加强…`, the purpose's clause cut) keep their old
 * reading. Written for the rule (formerly held-out-28's 湖北 住建委 inspection copy); every text here
 * is invented.
 */

const title = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a headline run into a first paragraph that opens with its purpose", () => {
  test.each([
    [
      "市住建委开展建筑工程大检查 为进一步加强全市建筑工程安全生产管理工作,切实消除安全隐患,本月来,市住建委对城区38个在建项目进行检查。 此次检查共查处隐患211处。",
      "市住建委开展建筑工程大检查",
    ],
    [
      "某县开展农村道路安全专项整治 为切实做好道路交通安全工作，县交警大队开展专项整治行动，共查处违法行为312起。",
      "某县开展农村道路安全专项整治",
    ],
    [
      "某区召开政务服务工作推进会 为了深入推进“放管服”改革，某区召开推进会，全年办结事项3385件。",
      "某区召开政务服务工作推进会",
    ],
  ])("`%s` opens with its title", (text, expected) => {
    expect(title(text)).toBe(expected);
  });
});

describe("first lines with a space that are no headline and paragraph (counter-cases)", () => {
  test.each([
    // The purpose's clause cut by the space.
    "为进一步 加强全市建筑工程安全生产管理工作，市住建委对38个在建项目进行检查。",
    // A heading's words, then a purpose that closes no clause.
    "一、主要做法 为民服务解难题，全年办结事项3385件。",
  ])("`%s` has no title from its first words", (text) => {
    expect(title(text)).toBeUndefined();
  });
});
