import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A numbered point whose run-in title is two or three parallel phrases closed by a `。`, one of them
 * thirteen to fifteen characters long (`（一）深入推进医共体建设，基层医疗服务能力提升成效明显。一是…`,
 * a quoted slogan in it allowed): the phrases are the item's title, as shorter ones were. Near-misses
 * stay text: a phrase of sixteen characters or more, a phrase holding a figure, a title longer than
 * thirty characters.
 */

const PREFIX = "某县卫生健康局\n2023年7月10日\n一、重点工作完成情况\n";

const itemTitles = (text: string): string[] => {
  const { text: json } = parsedView(PREFIX + text, ["text"]);
  const sections = JSON.parse(json) as { items: { title?: string }[] }[];
  return sections.flatMap((s) => s.items.map((i) => i.title ?? ""));
};

describe("run-in titles with a longer phrase", () => {
  test.each([
    [
      "a fourteen-character second phrase",
      "（一）深入推进医共体建设，基层医疗服务能力提升成效明显。一是完善县乡村一体化管理，二是加强人才培养。",
      "深入推进医共体建设，基层医疗服务能力提升成效明显",
    ],
    [
      "a quoted slogan in a fifteen-character first phrase",
      "1、以群众满意为标准推进“放管服”，持续优化营商环境。上半年共新增市场主体1260户。",
      "以群众满意为标准推进“放管服”，持续优化营商环境",
    ],
  ])("%s", (_, text, title) => {
    expect(itemTitles(text)).toContain(title);
  });
});

describe("phrases that stay text (near-misses)", () => {
  test.each([
    [
      "a phrase of sixteen characters",
      "（一）全县上下高度重视此项工作并迅速召开专题会议，认真研究部署。下一步将继续抓好落实。",
    ],
    [
      "a phrase holding a figure",
      "（一）全年共完成造林面积3万亩，森林覆盖率稳步提升。下一步将继续抓好落实。",
    ],
    [
      "a title longer than thirty characters",
      "（一）持续深化医药卫生体制改革工作，基层医疗服务能力提升成效明显，群众就医更加便捷。一是完善管理。",
    ],
  ])("%s", (_, text) => {
    expect(itemTitles(text).filter((t) => t !== "")).toEqual([]);
  });
});
