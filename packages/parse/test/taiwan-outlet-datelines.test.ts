import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An outlet whose name holds 台湾/臺灣 (`中國臺灣網2月13日消息`): its name does not end at the place's 台
 * (a station's ending, `某某电视台`), so the whole name is the publisher. The line from the tuning text
 * `taiwan-disability-2010-ncdzx-trad`; near misses end at a station's 台 and keep it.
 */

const read = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;
const BODY =
  "據報道，臺當局公布最新統計，去年底全臺領有身心障礙手冊者近108萬人，較上年底增加5220人。";

describe("an outlet's name holding 台湾", () => {
  test.each([
    { line: `中國臺灣網2月13日消息 ${BODY}`, outlet: "中國臺灣網" },
    { line: `中国台湾网2月13日消息 ${BODY}`, outlet: "中国台湾网" },
    { line: `台湾电视台2月13日消息 ${BODY}`, outlet: "台湾电视台" },
    { line: `某某电视台2月13日消息 ${BODY}`, outlet: "某某电视台" },
  ])("parseBulletinText: `$line` names $outlet", ({ line, outlet }) => {
    expect(read(line)).toBe(outlet);
  });
});
