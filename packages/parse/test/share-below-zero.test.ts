import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A share stated below zero after `占比` (`佔比`), as the 社会融资规模 releases print a kind of financing
 * that shrank (`委託貸款佔比-3.4%，同比高4.1個百分點`, from `national-social-financing-2019-1-9-govcn-trad`;
 * `信托貸款占比-1.7%`, from `national-afre-2022-q1-3-wodirj-trad`): the share is below zero, a figure
 * as a rate below zero after `率` is (rate-below-zero-before-words.test.ts). A minus between two
 * shares' words (`男性占比−女性占比`) and a change after `占比` (`占比下降0.4%`) are no such share.
 */

const shares = (body: string): string[] =>
  (parseBulletinText(`社会融资规模增量统计数据报告\n\n${body}\n`).bulletin.metrics ?? [])
    .filter((m) => m.unit === "%")
    .map((m) => `${m.label} ${m.value}`);

describe("a share below zero after 占比", () => {
  test.each([
    [
      "佔比 in a converted copy, a step in points after it",
      "對實體經濟發放的外幣貸款佔比-0.4%，同比高0.8個百分點；委託貸款佔比-3.4%，同比高4.1個百分點。",
      ["對實體經濟發放的外幣貸款佔比 -0.4", "委託貸款佔比 -3.4"],
    ],
    [
      "占比 with 为",
      "未贴现的银行承兑汇票占比为-2.8%，同比高1.6个百分点。",
      ["未贴现的银行承兑汇票占比 -2.8"],
    ],
  ])("parseBulletinText: %s is a figure below zero", (_, body, expected) => {
    expect(shares(body)).toEqual(expected);
  });

  test.each([
    [
      "a minus between two shares' words",
      "性别差距（男性占比−女性占比）由2019年底的1.2%扩大。",
      [-1.2],
    ],
    ["a change after 占比", "委托贷款占比下降0.4%。", [-0.4]],
  ])("parseBulletinText: %s gives no share below zero", (_, body, never) => {
    expect(
      (parseBulletinText(`社会融资规模增量统计数据报告\n\n${body}\n`).bulletin.metrics ?? []).some(
        (m) => m.unit === "%" && m.value === never[0],
      ),
    ).toBe(false);
  });
});
