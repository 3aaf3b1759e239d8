import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A run-in label that a copy ran into the first of its numbered run-in items (`总体情况:1.政府网站
 * 普查方面:本次普查…` / `2.政务新媒体方面:…`; the misses of `held-out-12` read as a family): the
 * label is a lead of its own, and the first item is read as its siblings are. A label followed by
 * text, not a first marker (`总体情况:1月份…`, `总体情况:12个…`), stays as it was. Every example here
 * is written for the rule, not taken from a page.
 */

const second = "2.政务新媒体方面:本季度检查政务新媒体314个,合格率98%。";

describe("a run-in label before its first numbered item", () => {
  test.each([
    {
      line: "总体情况:1.政府网站普查方面:本次普查政府网站39家,合格39家。",
      item: "政府网站普查方面",
    },
    { line: "检查结果：1.门户网站方面：共检查门户网站12家，均合格。", item: "门户网站方面" },
    { line: "主要做法:1、强化组织领导:成立工作专班3个。", item: "强化组织领导" },
  ])("parseBulletinText: `$line` gives the item `$item`", ({ line, item }) => {
    const { bulletin } = parseBulletinText(`某市政府网站检查情况通报\n${line}\n${second}`);
    const titles = bulletin.sections.flatMap((s) => [s.title, ...s.items.map((i) => i.title)]);
    expect(titles).toContain(item);
    expect(titles).toContain("政务新媒体方面");
  });

  test.each([
    { line: "总体情况:1月份共检查政府网站39家,合格39家。", kept: "总体情况：1月份共检查政府网站" },
    { line: "总体情况:12个县区政府网站全部合格,共检查39家。", kept: "县区政府网站全部合格" },
  ])("parseBulletinText: `$line` is no label before a first item", ({ line, kept }) => {
    const { bulletin } = parseBulletinText(`某市政府网站检查情况通报\n${line}\n${second}`);
    expect(JSON.stringify(bulletin.sections)).toContain(kept);
    const titles = bulletin.sections.flatMap((s) => [s.title, ...s.items.map((i) => i.title)]);
    expect(titles).not.toContain("总体情况");
  });
});
