import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A text that opens with points a page leads with a box-drawing rule and a space (`━ …`): the first
 * point heads no section (it is no headline), and a figure's label stops at the rule that opens
 * its point, as at a mark. A first line without the rule, or a rule alone, is read as before.
 * Written for the rule (session 27, s27e); no corpus line copied.
 */

const parse = (text: string) => parseBulletinText(text).bulletin;
const labelled = (text: string): string[] =>
  parse(text).metrics.map((m) => `${m.label}=${m.value}${m.unit}`);

describe("points led by a rule", () => {
  test.each([
    [
      "━ 市级审批事项由1260项精简至830项、精简率为34.1%\n━ 项目审批时限压缩至60天\n━ 开发区218项事项实现网上办理\n全市营商环境持续优化。",
      [
        "市级审批事项由=1260项",
        "精简至=830项",
        "精简率=34.1%",
        "项目审批时限压缩至=60天",
        "开发区=218项",
      ],
    ],
    [
      "━ 全县新增市场主体4200户、增长12.5%\n━ 企业开办时间压减至1个工作日\n今年以来，全县持续优化服务。",
      ["全县新增市场主体=4200户"],
    ],
  ])("%s", (text, expected) => {
    const b = parse(text);
    expect(b.sections[0]?.title).toBe("正文");
    expect(labelled(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe("near-misses read as before", () => {
  test("a rule alone is a page's ornament, and the line under it heads the text", () => {
    const b = parse("━━━━━━\n市级审批事项精简工作取得成效\n全市审批事项由1260项精简至830项。");
    expect(b.sections.map((s) => s.title)).toEqual(["━━━━━━", "市级审批事项精简工作取得成效"]);
  });
  test("a rule run into its words (no space) is no point of a list: it heads its part as before", () => {
    const b = parse(
      "今年以来全市持续优化营商环境。\n━项目审批提速\n全市审批事项由1260项精简至830项。",
    );
    expect(b.sections.map((s) => s.title)).toEqual(["正文", "━项目审批提速"]);
  });
});
