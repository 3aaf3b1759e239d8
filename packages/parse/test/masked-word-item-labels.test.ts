import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An item's label before its colon in which a mirror masked words with asterisks
 * (`（一）主动***息的数量：2020年，…`, for 主动公开信息): the label is the item's title, as it is
 * unmasked. A single asterisk (a footnote's mark) keeps the label from being one, as before. Every
 * text here is written for the test.
 */

const items = (lines: string[]) =>
  parseBulletinText(["一、主动公开情况", ...lines].join("\n")).bulletin.sections.flatMap((s) =>
    s.items.map((i) => i.title ?? null),
  );

describe("item labels with masked words", () => {
  test.each([
    [
      "three asterisks",
      [
        "（一）主动***息的数量：2020年，中心网站发布各类信息635条。",
        "（二）主动***息的途径：中心网站、官方微博主动***息。",
      ],
      ["主动***息的数量", "主动***息的途径"],
    ],
    [
      "two asterisks, ASCII colon",
      ["(一)依**开的办理:全年共受理申请12件。", "(二)**复议情况:全年未发生行政复议。"],
      ["依**开的办理", null],
    ],
  ])("%s: the label is the item's title", (_, lines, titles) => {
    expect(items(lines)).toEqual(titles);
  });

  test("a single asterisk after a label keeps it from being a title", () => {
    expect(items(["（一）主动公开信息*：2020年，中心网站发布各类信息635条。"])).toEqual([null]);
  });
});
