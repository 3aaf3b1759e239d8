import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy's page date over its headline over the reporter's byline alone in brackets
 * (`【记者王某/某市报道】`, `（本报记者 王某）`): the headline is the title, though it hold a figure
 * (`甲市12345…`). Near-misses leave the headline untitled as before: a bracketed subtitle under it
 * (a span of days, a column's label), a headline shorter than eight characters.
 */

const lede =
  "为方便市民反映诉求，甲市政府增加12345文字应答服务。\n市政府表示，12345热线是市民与政府沟通的桥梁。\n";
const titleOf = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a headline over its reporter's bracketed byline", () => {
  test.each([
    [
      "a traditional byline with its place",
      "2019年2月1日 星期五",
      "甲市1999擴大服務 春節不打烊",
      "【記者王某/甲市報導】",
    ],
    [
      "a byline in round brackets",
      "2021年3月5日",
      "甲市12345热线春节服务不打烊",
      "（本报记者 王某 通讯员 李某）",
    ],
    [
      "a reporter's and a correspondent's credit",
      "2022-06-01",
      "甲市政务服务再提速",
      "【记者 王某 通讯员 李某】",
    ],
  ])("%s: the headline is the title", (_name, date, headline, byline) => {
    expect(titleOf(`${date}\n${headline}\n${byline}\n${lede}`)).toBe(headline.replace(/\s+/g, ""));
  });

  test.each([
    [
      "a span of days under it",
      "2021年3月5日",
      "甲市12345热线春节服务不打烊",
      "（2021年2月11日—2月17日）",
    ],
    ["a column's label under it", "2021年3月5日", "甲市热线春节服务不打烊", "【热线综述】"],
    ["a headline too short", "2021年3月5日", "服务不打烊", "【记者 王某】"],
  ])("%s: no title", (_name, date, headline, byline) => {
    expect(titleOf(`${date}\n${headline}\n${byline}\n${lede}`)).toBeUndefined();
  });
});
