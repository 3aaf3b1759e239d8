import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A section's heading with a theme, a colon and a subtitle phrase closing the line
 * (`一、顶层设计：三级清单夯实根基`) is one heading: the subtitle is no text of the section. A label
 * whose colon is followed by a figure, a clause or a sentence keeps its reading (the label heads
 * the section, the rest opens its text). Every text here is written for the test.
 */

const text = (heading: string) =>
  `某市政务服务改革综述\n近日，某市出台意见，进一步深化政务服务改革。\n${heading}\n意见构建的三级清单管理体系，对改革作出系统安排。\n二、推进路径\n意见提出四条实施路径，是对改革关键环节的规范指引。`;

const headings = (t: string) => parseBulletinText(t).bulletin.sections.map((s) => s.title);

describe("a heading and its subtitle", () => {
  test.each([
    ["一、顶层设计：三级清单夯实根基", "顶层设计：三级清单夯实根基"],
    ["一、改革动因:破壁垒、优服务、提效能", "改革动因：破壁垒、优服务、提效能"],
    ["一、机制深化：四维路径破解难题", "机制深化：四维路径破解难题"],
  ])("`%s` is one heading", (line, heading) => {
    expect(JSON.stringify(headings(text(line)))).toContain(heading);
  });

  test.each([
    ["a figure after the colon", "一、总体情况：本月受理群众诉求12345件", "总体情况"],
    ["a clause after the colon", "一、总体情况：受理量平稳，办结率提高", "总体情况"],
    ["a sentence after the colon", "一、总体情况：受理量保持平稳。", "总体情况"],
  ])("%s keeps the label as the heading", (_, line, heading) => {
    const all = JSON.stringify(headings(text(line)));
    expect(all).toContain(`"${heading}"`);
  });
});
