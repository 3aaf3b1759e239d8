import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news item that credits the office it came from in brackets on a line of its own under its last
 * paragraph (`（市商务局）`), as it would run on to that paragraph (`…。（市商务局）`): the office is the
 * publisher. Brackets that name no office (`（完）`, `（详见某局网站）`), or stand under a paragraph that
 * closes no sentence, name none. Every text here is written for the test.
 */

const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;
const TEXT =
  "日前,笔者从市商务局获悉,1—9月份,我市完成进出口21.6亿美元,同比增长4.2%。其中,出口15.1亿美元,同比增长7.1%。\n1—9月份,我市实际使用外资2.4亿美元,同比增长33.7%。";

describe("an office's credit in brackets on the last line", () => {
  test.each([
    ["a city bureau", "(市商务局)", "市商务局"],
    ["full-width brackets", "（某县统计局）", "某县统计局"],
    ["an office and its writer", "(县农业局 刘明)", "县农业局"],
  ])("(%s) names the publisher", (_, credit, name) => {
    expect(publisherOf(`${TEXT}\n${credit}`)).toBe(name);
  });

  test.each([
    ["the end mark", "(完)"],
    ["a pointer to a site", "(详见市商务局网站)"],
  ])("brackets of another kind (%s) name none", (_, credit) => {
    expect(publisherOf(`${TEXT}\n${credit}`)).toBeUndefined();
  });

  test("under a paragraph that closes no sentence, the brackets name none", () => {
    expect(publisherOf(`${TEXT.slice(0, -1)}\n(市商务局)`)).toBeUndefined();
  });
});
