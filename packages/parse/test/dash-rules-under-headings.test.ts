import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `土地注册` / `————`: a rule of dashes a page printed under a heading (a press release's copy) is no
 * `——` subtitle of it (the heading read `土地注册————`); a dash that opens words still is one (and
 * still decks a question heading: question-subheads.test.ts).
 */

const titles = (body: string) =>
  (parseBulletinText(`土地注册处发表九月份统计数字\n${body}`).bulletin.sections ?? []).map(
    (s) => s.title,
  );

describe("a rule of dashes under a heading", () => {
  test.each([
    {
      what: "two headings of a press release, each over a rule",
      body: [
        "土地注册处今日发表二○一九年九月份的土地注册及查册统计数字。",
        "土地注册",
        "————",
        "九月份交付土地注册处注册的各类契约共有80125份,较八月份增加3%。",
        "土地查册",
        "————",
        "九月份的土地查册宗数为397860宗,较八月份增加5%。",
      ].join("\n"),
      expected: ["正文", "土地注册", "土地查册"],
    },
    {
      what: "a `——` subtitle (a dash that opens words) under each heading is still part of it",
      body: [
        "土地注册处今日发表二○一九年九月份的统计数字。",
        "土地注册",
        "——九月份契约注册数目",
        "九月份交付土地注册处注册的各类契约共有80125份,较八月份增加3%。",
        "土地查册",
        "——九月份查册数目",
        "九月份的土地查册宗数为397860宗,较八月份增加5%。",
      ].join("\n"),
      expected: ["正文", "土地注册——九月份契约注册数目", "土地查册——九月份查册数目"],
    },
  ])("$what", ({ body, expected }) => {
    expect(titles(body)).toEqual(expected);
  });
});
