import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news site's licence number over its report (`互聯網新聞信息許可證:61120180013`, batch s16c's
 * misses: read as the text's first heading): the site's, no part of the text. Every text here is
 * written for the test.
 */

const dropped = (text: string): number[] =>
  parseBulletinText(text)
    .warnings.filter((w) => w.code === "web-line-dropped")
    .map((w) => w.position.line);

describe("a licence line over the headline", () => {
  test.each([
    ["traditional", "互聯網新聞信息許可證:61120180013"],
    ["simplified, a full-width colon", "互联网新闻信息服务许可证：11220180005"],
    ["its number labelled", "新闻信息服务许可证编号:44120170001"],
  ])("%s: dropped", (_, line) => {
    const text = `${line}\n\n某县2021年食品安全监督抽检情况\n\n2022-05-08 08:45:35\n\n全县共抽检食品1200批次,不合格率2.69%。`;
    expect(dropped(text)).toContain(1);
    expect(parseBulletinText(text).bulletin.publication.title).toBe(
      "某县2021年食品安全监督抽检情况",
    );
  });
});

describe("near misses: the text's lines about licences", () => {
  test.each([
    ["a sentence", "全年核发互联网新闻信息服务许可证12张,同比增长20%。"],
    ["a heading", "二、新闻信息服务许可证核发情况"],
  ])("%s is kept", (_, line) => {
    const text = `某省网信办2021年工作简报\n${line}\n全年受理申请45件。`;
    expect(dropped(text)).not.toContain(2);
  });
});
