import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copied news page that opens with the name of the outlet it ran on, alone on its first line
 * (`華文網`, `某某日报`, `某某在线`), over its headline, and names no source anywhere else: the outlet is
 * the publisher. A source the page names elsewhere (`来源：…`, a dateline) comes first. Written for
 * the rule (formerly held-out-41's copy of a city's fiscal report); the cases are invented.
 */

const headline = "「某市新鲜事」市财政局：去年全市一般公共预算支出完成1597.2亿元";
const lede = "近日，某市财政局官网公布的数据显示，全市一般公共预算收入完成1175.4亿元。";
const later = "在投入方面，市级财政教育方面投入60亿元。";
const publisher = (lines: string[]) =>
  parseBulletinText(lines.join("\n\n")).bulletin.publication.publisher?.name;

describe("an outlet's name atop the page", () => {
  test.each([
    ["華文網", "華文網"],
    ["某某日报", "某某日报"],
    ["某某在线", "某某在线"],
  ])("`%s` over the headline names %s", (site, name) => {
    expect(publisher([site, headline, lede, later])).toBe(name);
  });
});

describe("lines atop the page that name no publisher so (near-misses)", () => {
  test("a source the page names elsewhere comes first", () => {
    expect(publisher(["某某日报", headline, "来源：某市财政局", lede, later])).toBe("某市财政局");
  });
  test("a dateline's outlet comes first", () => {
    expect(publisher(["某某网", headline, `某某日报讯 ${lede}`, later])).toBe("某某日报");
  });
  // A document's kind, or no outlet's name.
  test.each([["网"], ["首页"], ["新闻中心"], ["重点项目督查通报"], ["某某工作简报"]])(
    "`%s` names none",
    (site) => {
      expect(publisher([site, headline, lede, later])).toBeUndefined();
    },
  );
});
