import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A site's footer that names the body owning it under `版权所有：` (`版权所有:某某日报社 技术支持:…`,
 * `…All Rights Reserved.版权所有:某县融媒体中心`) or its host under `主办部门：`: a paper's publishing house, an
 * outlet or an office owns the site and is the publisher of its page when nothing else names one, as
 * under `主办单位：`. Near-misses: a government or its general office (a portal that carries every
 * department's pages), a company or a studio (the site's builder, a mirror's owner), and the words in a sentence (`本书版权所有：…`).
 * Every text here is written for the test.
 */

const HEADLINE = "南城区2022年非物质文化遗产宣传活动启动";
const LEDE =
  "  本报讯(记者 王某某 通讯员 李某)6月11日，南城区2022年“文化和自然遗产日”非物质文化遗产宣传展示活动启动，全区共有12个项目参加展演。";
const MORE = "  近年来，南城区高度重视非物质文化遗产保护工作，截至目前，全区有省级非遗项目8个。";
const publisherOf = (...footer: string[]) =>
  parseBulletinText([HEADLINE, LEDE, MORE, "", ...footer].join("\n")).bulletin.publication.publisher
    ?.name;

describe("the body a site's footer names as its owner", () => {
  test.each([
    [
      ["版权所有:东海日报社 技术支持:某某科技", "东ICP备05010893号 电话:029-87292915"],
      "东海日报社",
    ],
    [
      [
        "CopyRight 2005-2025 © All Rights Reserved.版权所有:南城县融媒体中心",
        "新闻热线:0351-5724342 地址:南城大街118号",
      ],
      "南城县融媒体中心",
    ],
    [["版权所有:某盟农牧局 主办部门:某盟农牧局办公室", "蒙ICP备19004343号-1"], "某盟农牧局"],
    [
      ["版权所有:某盟农牧局 | 主办部门:某盟农牧局办公室", "蒙ICP备19004343号-1"],
      "某盟农牧局办公室",
    ],
    [["版权所有：某盟农牧局", "蒙ICP备19004343号-1"], "某盟农牧局"],
  ])("parseBulletinText: %j names %s", (footer, publisher) => {
    expect(publisherOf(...footer)).toBe(publisher);
  });

  test.each([
    ["a government", ["版权所有:南城市人民政府 技术支持:某某科技"]],
    ["a government's general office", ["版权所有:南城市人民政府办公室"]],
    ["a company", ["版权所有:南城网络科技有限公司"]],
    [
      "a studio",
      [
        "Copyright (C) 2014-2015 www.example.cn All Rights Reserved 版权所有:南城文子文化网络工作室",
      ],
    ],
    ["a sentence", ["本书版权所有：东海出版社，未经许可不得转载。"]],
  ])("parseBulletinText: %s names no publisher", (_, footer) => {
    expect(publisherOf(...footer)).toBeUndefined();
  });
});
